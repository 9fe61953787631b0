/**
 * `newsgraph serve`: connect to Neo4j (NEO4J_URI, else the background local one, else a local
 * one attached to this process), migrate, seed an empty database from seeds/, serve the API
 * and dashboard, and shut everything down cleanly on SIGINT/SIGTERM.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino, type Logger } from 'pino';
import type { ArticleInputValue, ArticleStore } from '../api/api-context.js';
import { ApiError } from '../api/api-error.js';
import { startApiServer } from '../api/start-api-server.js';
import { loadConfig } from '../config.js';
import { extract } from '../extract/index.js';
import { Database } from '../graph/database.js';
import { GraphReader } from '../graph/graph-reader.js';
import { GraphWriter } from '../graph/graph-writer.js';
import { backgroundStatus, startAttached, type RunningNeo4j } from '../graph/local-neo4j.js';
import { migrate } from '../graph/migrations.js';
import { buildArticle } from '../ingest/build-article.js';
import { IngestError } from '../ingest/ingest-error.js';
import { parseArticle } from '../ingest/parse-article.js';
import type { Article } from '../model/article.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const DASHBOARD_DIR = join(ROOT, 'src/dashboard/dist');
const SEED_FORMATS: Record<string, 'text' | 'html' | 'json'> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/** Reads an `ArticleInput` into an Article; throws ApiError(BAD_USER_INPUT) for bad input. */
export function articleFromInput(input: ArticleInputValue): Article {
  try {
    if (input.content != null) {
      if (!input.contentType)
        throw new ApiError('BAD_USER_INPUT', '`contentType` is required with `content`');
      const parsed = parseArticle(
        input.content,
        input.contentType === 'TEXT' ? 'text' : input.contentType === 'HTML' ? 'html' : 'json',
        {
          url: input.url,
          source: input.source,
        },
      );
      return {
        ...parsed,
        title: input.title ?? parsed.title,
        dek: input.dek ?? parsed.dek,
        byline: input.byline ?? parsed.byline,
        publishedAt: input.publishedAt ?? parsed.publishedAt,
      };
    }
    if (!input.body?.trim())
      throw new ApiError('BAD_USER_INPUT', 'give `body` (or `content` and `contentType`)');
    return buildArticle(
      {
        title: input.title ?? null,
        dek: input.dek ?? null,
        url: input.url ?? null,
        source: input.source ?? null,
        byline: input.byline ?? null,
        publishedAt: input.publishedAt ?? null,
        updatedAt: null,
        paragraphs: input.body.split(/\n\s*\n/),
      },
      { file: '<input>' },
    );
  } catch (err) {
    if (err instanceof IngestError)
      throw new ApiError('BAD_USER_INPUT', `${err.reason} (${err.code})`);
    throw err;
  }
}

/** The API's write side over GraphWriter: read the input, extract, store. */
export function createArticleStore(db: Database): ArticleStore {
  const writer = new GraphWriter(db);
  return {
    async ingest(input) {
      const result = await writer.upsertArticle(extract(articleFromInput(input)));
      return {
        articleId: result.articleId,
        created: result.status === 'new',
        entityCount: result.entities,
        statementCount: result.statements,
      };
    },
    deleteArticle: (id) => writer.deleteArticle(id),
    mergeEntities: async (sourceIds, targetId) => {
      await writer.mergeEntities(sourceIds, targetId);
    },
    addAlias: async (entityId, alias) => {
      await writer.addAlias(entityId, alias);
    },
  };
}

/** Ingests every seed file (txt, html, json) into the store; returns how many were stored. */
export async function ingestSeeds(
  store: ArticleStore,
  dir: string,
  logger: Logger,
): Promise<number> {
  if (!existsSync(dir)) return 0;
  let stored = 0;
  for (const name of readdirSync(dir).sort()) {
    const format = SEED_FORMATS[extname(name).toLowerCase()];
    if (!format) continue;
    try {
      const contentType = format === 'text' ? 'TEXT' : format === 'html' ? 'HTML' : 'JSON';
      await store.ingest({ content: readFileSync(join(dir, name), 'utf8'), contentType });
      stored += 1;
    } catch (err) {
      logger.warn({ err, file: name }, 'seed article skipped');
    }
  }
  return stored;
}

export interface SeedOptions {
  /** Folder of seed articles (default SEEDS_DIR). */
  dir?: string;
  /** Whether the database holds no article yet (default: asks the graph). */
  isEmpty?: () => Promise<boolean>;
}

/**
 * Seeds an empty database: when it holds no article, ingests every file of the seeds folder
 * through `store`. Returns how many articles were stored (0 when the database was not empty).
 */
export async function seedIfEmpty(
  db: Database,
  store: ArticleStore,
  logger: Logger,
  options: SeedOptions = {},
): Promise<number> {
  const isEmpty = options.isEmpty ?? (async () => !(await new GraphReader(db).hasArticles()));
  if (!(await isEmpty())) return 0;
  const count = await ingestSeeds(store, options.dir ?? SEEDS_DIR, logger);
  logger.info({ count }, 'seeded the empty database');
  return count;
}

export async function runServe(): Promise<number> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });

  // Connect: an external Neo4j, the background local one, or one attached to this process.
  let attached: RunningNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    const background = backgroundStatus(config.local.dataDir);
    if (background) {
      uri = background.uri;
      logger.info({ uri }, 'using the background local Neo4j');
    } else {
      logger.info(
        { dataDir: config.local.dataDir },
        'starting a local Neo4j (first start takes a while)',
      );
      attached = await startAttached({ ...config.local, log: (line) => logger.info(line) });
      uri = attached.uri;
    }
  }
  const db = new Database({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
    queryTimeoutMs: config.queryTimeoutMs,
    readConcurrency: config.readConcurrency,
    backgroundReadConcurrency: config.backgroundReadConcurrency,
  });

  try {
    // Migrate, then seed an empty database.
    await migrate(db);
    const store = createArticleStore(db);
    if (config.seed) await seedIfEmpty(db, store, logger);

    // Serve.
    const server = await startApiServer({
      db,
      store,
      logger,
      http: config.http,
      auth: config.auth,
      dashboardDir: DASHBOARD_DIR,
    });
    console.log(
      `newsgraph is serving GraphQL at ${server.url}/graphql and the dashboard at ${server.url}/`,
    );

    // Stop on a signal: finish in-flight requests, close the driver, stop the local Neo4j.
    await new Promise<void>((resolveStop) => {
      const stop = (signal: NodeJS.Signals) => {
        logger.info({ signal }, 'shutting down');
        resolveStop();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
  } finally {
    await db.close();
    await attached?.stop();
  }
}
