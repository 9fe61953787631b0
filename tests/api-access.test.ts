import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const ALLOWED = 'https://dashboard.example';

describe('access rules from the configuration', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({ corsOrigins: [ALLOWED], queriesRequireKey: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers CORS preflights and requests only for the configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
    const allowed = await preflight(ALLOWED);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(allowed.headers.get('vary')).toMatch(/Origin/);

    const other = await preflight('https://elsewhere.example');
    expect(other.status).toBe(204);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-allow-methods')).toBeNull();

    const auth = { authorization: `Bearer ${t.apiKey}` };
    const fromAllowed = await graphql(
      t.url,
      '{ stats { articles } }',
      {},
      { ...auth, origin: ALLOWED },
    );
    expect(fromAllowed.status).toBe(200);
    expect(fromAllowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(fromAllowed.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    const fromOther = await graphql(
      t.url,
      '{ stats { articles } }',
      {},
      { ...auth, origin: 'https://elsewhere.example' },
    );
    expect(fromOther.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses an anonymous query with UNAUTHENTICATED when queries require a key', async () => {
    const anonymous = await graphql<{ stats: { articles: number } }>(
      t.url,
      '{ stats { articles } }',
    );
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();

    const wrongKey = await graphql(
      t.url,
      '{ stats { articles } }',
      {},
      { authorization: 'Bearer not-the-key' },
    );
    expect(wrongKey.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const withKey = await graphql<{ stats: { articles: number } }>(
      t.url,
      '{ stats { articles } }',
      {},
      { authorization: `Bearer ${t.apiKey}` },
    );
    expect(withKey.status).toBe(200);
    expect(withKey.errors).toBeUndefined();
    // The corpus of this server is stored, so there is at least its five articles.
    expect(withKey.data?.stats.articles).toBeGreaterThanOrEqual(5);
  });
});
