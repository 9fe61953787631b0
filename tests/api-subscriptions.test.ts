import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { QUERY_LIMITS } from '../src/api/start-api-server.js';
import { graphql } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/** Resolves once `check` is true (polled every 20 ms); rejects after `timeoutMs`. */
async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the articleIngested subscription over WebSocket', () => {
  let t: TestServer;
  let client: Client | undefined;
  const ingested: string[] = [];

  beforeAll(async () => {
    t = await startTestServer({ corpus: false });
  });
  afterAll(async () => {
    await client?.dispose();
    for (const id of ingested) {
      await graphql(
        t.url,
        'mutation ($id: ID!) { deleteArticle(id: $id) }',
        { id },
        { authorization: `Bearer ${t.apiKey}` },
      );
    }
    await t?.close();
  });

  it('delivers an article ingested through the mutation to a live subscriber', async () => {
    client = createClient({
      url: `${t.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const subscription = client.iterate<{
      articleIngested: { id: string; title: string; source: string };
    }>({
      query: 'subscription { articleIngested { id title source } }',
    });
    const first = subscription.next();
    // The subscription is live once the server holds a subscriber for it.
    await until(() => t.server.articleIngested.subscriberCount > 0, 10_000);

    const title = `${t.tag} harbor ferry`;
    const ingest = await graphql<{ ingestArticle: { article: { id: string } } }>(
      t.url,
      'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }',
      {
        input: {
          title,
          source: 'Subscription Sentinel',
          publishedAt: '2025-05-02T10:00:00Z',
          body: '"The ferry runs all winter," said Ilse Marrow, the harbor master.',
        },
      },
      { authorization: `Bearer ${t.apiKey}` },
    );
    expect(ingest.errors).toBeUndefined();
    const id = ingest.data!.ingestArticle.article.id;
    ingested.push(id);

    const received = await first;
    expect(received.done).toBe(false);
    expect(received.value?.errors).toBeUndefined();
    expect(received.value?.data?.articleIngested).toEqual({
      id,
      title,
      source: 'Subscription Sentinel',
    });
    await subscription.return?.();
    await until(() => t.server.articleIngested.subscriberCount === 0, 10_000);
  });

  it('refuses a subscription over the token limit', async () => {
    const local = createClient({
      url: `${t.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    try {
      const huge = `subscription { articleIngested { ${'id '.repeat(QUERY_LIMITS.maxTokens)} } }`;
      const failure: unknown = await local
        .iterate({ query: huge })
        .next()
        .then(
          () => null,
          (err: unknown) => err,
        );
      // graphql-ws hands the server's error messages to the iterator as its error.
      expect(Array.isArray(failure)).toBe(true);
      expect(String((failure as { message: string }[])[0]?.message)).toMatch(
        new RegExp(`more th\\w+ ${QUERY_LIMITS.maxTokens} tokens`),
      );
    } finally {
      await local.dispose();
    }
  });
});
