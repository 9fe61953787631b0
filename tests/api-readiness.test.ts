import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApiServer } from '../src/api/start-api-server.js';
import { createArticleStore } from '../src/commands/serve-command.js';
import { Database } from '../src/graph/database.js';
import { freePort, startAttached, type RunningNeo4j } from '../src/graph/local-neo4j.js';
import { migrate } from '../src/graph/migrations.js';
import { graphql } from './support/graphql-client.js';

/** Polls `check` every 500 ms until it returns true or `timeoutMs` passes. */
async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

// Its own Neo4j (not the shared test one), so stopping it disturbs no other test.
describe('when Neo4j goes away at run time', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-readiness-'));
  let neo4j: RunningNeo4j | undefined;
  let db: Database | undefined;
  let server: RunningApiServer | undefined;

  afterAll(async () => {
    await server?.close();
    await db?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'turns unready, answers DATABASE_UNAVAILABLE, and recovers when Neo4j is back',
    { timeout: 400_000 },
    async () => {
      const port = await freePort();
      neo4j = await startAttached({ dataDir, port, pageCache: '64m', heap: '512m' });
      db = new Database({ uri: neo4j.uri, queryTimeoutMs: 10_000 });
      await migrate(db);
      server = await startApiServer({
        db,
        store: createArticleStore(db),
        logger: pino({ level: 'silent' }),
        http: { host: '127.0.0.1', port: 0, corsOrigins: ['*'], maxBodyBytes: 100_000 },
        auth: { apiKeys: [], queriesRequireKey: false },
      });
      const ready = async () => (await fetch(`${server!.url}/readyz`)).status;
      const stats = () =>
        graphql<{ stats: { articles: number } }>(server!.url, '{ stats { articles } }');

      expect(await ready()).toBe(200);
      expect((await stats()).data?.stats.articles).toBe(0);

      await neo4j.stop();
      expect(await ready()).toBe(503);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const started = Date.now();
      const down = await stats();
      expect(down.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      // Reads fail fast (a short retry window), instead of waiting out the write retry window.
      expect(Date.now() - started).toBeLessThan(2_500);

      neo4j = await startAttached({ dataDir, port, pageCache: '64m', heap: '512m' });
      expect(await waitFor(async () => (await ready()) === 200, 60_000)).toBe(true);
      expect(await waitFor(async () => (await stats()).data?.stats.articles === 0, 60_000)).toBe(
        true,
      );
    },
  );
});
