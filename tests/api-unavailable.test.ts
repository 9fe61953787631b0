import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApiServer } from '../src/api/start-api-server.js';
import { createArticleStore } from '../src/commands/serve-command.js';
import { Database, DatabaseError } from '../src/graph/database.js';
import { freePort } from '../src/graph/local-neo4j.js';
import { graphql } from './support/graphql-client.js';

/** Reads must give up within this when Neo4j cannot be reached. */
const FAIL_FAST_MS = 2_500;

describe('when Neo4j cannot be reached', () => {
  let db: Database;
  let server: RunningApiServer;

  beforeAll(async () => {
    // A free port nobody listens on: every connection attempt is refused.
    db = new Database({ uri: `bolt://127.0.0.1:${await freePort()}` });
    server = await startApiServer({
      db,
      store: createArticleStore(db),
      logger: pino({ level: 'silent' }),
      http: { host: '127.0.0.1', port: 0, corsOrigins: ['*'], maxBodyBytes: 100_000 },
      auth: { apiKeys: [], queriesRequireKey: false },
    });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('fails a read with DATABASE_UNAVAILABLE within about two seconds, after retrying', async () => {
    const attempts: string[] = [];
    const counting = new Database({
      uri: `bolt://127.0.0.1:${await freePort()}`,
      onQuery: (q) => attempts.push(q.cypher),
    });
    try {
      const started = Date.now();
      const failure = await counting
        .read({ cypher: 'RETURN 1 AS one', params: {} })
        .catch((err: unknown) => err);
      expect(Date.now() - started).toBeLessThan(FAIL_FAST_MS);
      expect(failure).toBeInstanceOf(DatabaseError);
      expect((failure as DatabaseError).code).toBe('DATABASE_UNAVAILABLE');
      expect(attempts.length).toBeGreaterThan(1);
    } finally {
      await counting.close();
    }
  });

  it('answers a GraphQL query with DATABASE_UNAVAILABLE within about two seconds', async () => {
    for (const query of [
      '{ stats { articles } }',
      '{ statements(filter: {speaker: "anyone"}) { totalCount edges { node { text } } } }',
    ]) {
      const started = Date.now();
      const res = await graphql(server.url, query);
      expect(Date.now() - started).toBeLessThan(FAIL_FAST_MS);
      expect(res.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
  });
});
