/**
 * The only place that reads environment variables. Everything is validated once, typed,
 * and handed to the parts that need it.
 */
import { z } from 'zod';
import { resolve } from 'node:path';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/,
      'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI',
    )
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  NEWSGRAPH_DATA_DIR: z.string().default('data/neo4j'),
  NEWSGRAPH_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEWSGRAPH_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]?$/i)
    .default('256m'),
  NEWSGRAPH_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmg]?$/i)
    .default('1g'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NEWSGRAPH_API_KEYS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  NEWSGRAPH_QUERIES_REQUIRE_KEY: bool.default('false'),
  NEWSGRAPH_CORS_ORIGINS: z
    .string()
    .default('*')
    .transform((s) =>
      s
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  NEWSGRAPH_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  NEWSGRAPH_READ_CONCURRENCY: z.coerce.number().int().min(1).optional(),
  NEWSGRAPH_BACKGROUND_READ_CONCURRENCY: z.coerce.number().int().min(1).optional(),
  NEWSGRAPH_MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  NEWSGRAPH_SEED: bool.default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  /** External Neo4j; when absent newsgraph starts its local embedded one. */
  neo4j: { uri: string | undefined; user: string; password: string; database: string | undefined };
  local: { dataDir: string; port: number; pageCache: string; heap: string };
  http: { host: string; port: number; corsOrigins: string[]; maxBodyBytes: number };
  auth: { apiKeys: string[]; queriesRequireKey: boolean };
  queryTimeoutMs: number;
  /** Reads sent to Neo4j at once; undefined leaves the Database default. */
  readConcurrency: number | undefined;
  /** Background reads sent to Neo4j at once; undefined leaves the Database default. */
  backgroundReadConcurrency: number | undefined;
  seed: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

export class ConfigError extends Error {
  readonly code = 'BAD_CONFIG';
}

/** Reads and validates configuration from `env` (defaults to process.env). Throws ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    local: {
      dataDir: resolve(e.NEWSGRAPH_DATA_DIR),
      port: e.NEWSGRAPH_NEO4J_PORT,
      pageCache: e.NEWSGRAPH_NEO4J_PAGECACHE,
      heap: e.NEWSGRAPH_NEO4J_HEAP,
    },
    http: {
      host: e.HOST,
      port: e.PORT,
      corsOrigins: e.NEWSGRAPH_CORS_ORIGINS,
      maxBodyBytes: e.NEWSGRAPH_MAX_BODY_BYTES,
    },
    auth: { apiKeys: e.NEWSGRAPH_API_KEYS, queriesRequireKey: e.NEWSGRAPH_QUERIES_REQUIRE_KEY },
    queryTimeoutMs: e.NEWSGRAPH_QUERY_TIMEOUT_MS,
    readConcurrency: e.NEWSGRAPH_READ_CONCURRENCY,
    backgroundReadConcurrency: e.NEWSGRAPH_BACKGROUND_READ_CONCURRENCY,
    seed: e.NEWSGRAPH_SEED,
    logLevel: e.LOG_LEVEL,
  };
}
