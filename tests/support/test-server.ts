/**
 * Starts the full HTTP server (GraphQL, subscriptions, health, dashboard files) on a free
 * port against the test Neo4j, with the canonical API corpus stored through the GraphWriter.
 * `close()` stops the server, removes the corpus and closes the driver.
 */
import { pino } from 'pino';
import { startApiServer, type RunningApiServer } from '../../src/api/start-api-server.js';
import { createArticleStore, DASHBOARD_DIR } from '../../src/commands/serve-command.js';
import type { CypherQuery, Database } from '../../src/graph/database.js';
import { GraphWriter } from '../../src/graph/graph-writer.js';
import { apiCorpus } from './api-corpus.js';
import { testDatabase, testTag } from './test-database.js';

export const TEST_API_KEY = 'test-api-key-0123456789';

export interface TestServerOptions {
  /** Called once per database round trip made by the server. */
  onQuery?: (query: CypherQuery) => void;
  queriesRequireKey?: boolean;
  maxBodyBytes?: number;
  corsOrigins?: string[];
  /** Store the canonical corpus (default true). */
  corpus?: boolean;
}

export interface TestServer {
  url: string;
  /** The tag of the stored corpus (article ids start with it). */
  tag: string;
  apiKey: string;
  server: RunningApiServer;
  /** A separate connection for checks with plain Cypher. */
  db: Database;
  close(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const tag = testTag('api');
  const serverDb = testDatabase({ onQuery: options.onQuery, queryTimeoutMs: 10_000 });
  const db = testDatabase();
  const corpus = options.corpus === false ? [] : apiCorpus(tag);
  if (corpus.length > 0) await new GraphWriter(db).upsertArticles(corpus);
  const server = await startApiServer({
    db: serverDb,
    store: createArticleStore(serverDb),
    logger: pino({ level: process.env.LOG_LEVEL ?? 'silent' }),
    http: {
      host: '127.0.0.1',
      port: 0,
      corsOrigins: options.corsOrigins ?? ['*'],
      maxBodyBytes: options.maxBodyBytes ?? 1_000_000,
    },
    auth: { apiKeys: [TEST_API_KEY], queriesRequireKey: options.queriesRequireKey ?? false },
    dashboardDir: DASHBOARD_DIR,
  });
  return {
    url: server.url,
    tag,
    apiKey: TEST_API_KEY,
    server,
    db,
    async close() {
      await server.close();
      const writer = new GraphWriter(db);
      const stored = await db.read({
        cypher: 'MATCH (a:Article) WHERE a.id STARTS WITH $tag RETURN a.id AS id',
        params: { tag },
      });
      for (const row of stored) await writer.deleteArticle(String(row.id));
      await serverDb.close();
      await db.close();
    },
  };
}
