import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { graphqlRequest } from './graphql-request.js';

const answer =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('graphqlRequest', () => {
  it('posts the operation to /graphql and returns data', async () => {
    const calls: { url: string; body: unknown }[] = [];
    const recording: typeof fetch = async (url, init) => {
      calls.push({ url: String(url), body: JSON.parse(String(init?.body)) });
      return new Response(JSON.stringify({ data: { stats: { articles: 3 } } }));
    };
    await expect(graphqlRequest('{ stats { articles } }', { a: 1 }, recording)).resolves.toEqual({
      stats: { articles: 3 },
    });
    expect(calls).toEqual([
      { url: '/graphql', body: { query: '{ stats { articles } }', variables: { a: 1 } } },
    ]);
  });

  it('turns GraphQL errors into ApiError with their code', async () => {
    const error = await graphqlRequest(
      '{ x }',
      {},
      answer(200, { errors: [{ message: 'gone', extensions: { code: 'NOT_FOUND' } }] }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'graphql', code: 'NOT_FOUND', message: 'gone' });
  });

  it('reports an unreachable server as a network error', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(graphqlRequest('{ x }', {}, failing)).rejects.toMatchObject({ kind: 'network' });
  });

  it('reports a non-JSON answer as an http error', async () => {
    await expect(
      graphqlRequest('{ x }', {}, answer(502, '<html>Bad gateway</html>')),
    ).rejects.toMatchObject({ kind: 'http' });
  });
});
