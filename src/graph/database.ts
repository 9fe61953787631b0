/**
 * The one module that talks to neo4j-driver: sessions, transactions (writes are managed
 * transactions retried by the driver; reads run in one round trip and are retried briefly
 * here, so they fail fast when Neo4j is down), query timeouts, metadata, debug logging, conversion of
 * driver values to plain JavaScript, and mapping of Neo4j errors to newsgraph's codes.
 * Neo4j `Integer`, temporal values and `Record`s never leave this module.
 */
import neo4j, {
  type DateTime,
  type Integer,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Record as Neo4jRecord,
  type Session,
  Neo4jError,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isRelationship,
  isTime,
} from 'neo4j-driver';
import { availableParallelism } from 'node:os';
import { ReadScheduler, type ReadPriority } from './read-scheduler.js';

/** A parameterised Cypher statement. Every value goes in `params`, never into `cypher`. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;
export type { ReadPriority };

export type DatabaseErrorCode =
  'DATABASE_UNAVAILABLE' | 'CONSTRAINT_VIOLATION' | 'QUERY_TIMEOUT' | 'DATABASE_ERROR';

/** A database failure, classified where it is born (retriable or not). */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code: DatabaseErrorCode,
    readonly retriable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

export interface DatabaseOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** Passed to Neo4j as the transaction timeout of every query. */
  queryTimeoutMs?: number;
  /**
   * How long reads are retried on transient errors (default READ_RETRY_MS). Short, so an API
   * request fails fast with DATABASE_UNAVAILABLE when Neo4j is down; writes keep the driver's
   * long retry window (WRITE_RETRY_MS) so ingestion rides out a restart.
   */
  readRetryMs?: number;
  /** Time allowed to open one connection (default CONNECTION_TIMEOUT_MS). */
  connectionTimeoutMs?: number;
  /**
   * Reads sent to Neo4j at once (default: twice the cores of this machine, at least 4); more
   * wait, in order of priority (see read-scheduler.ts).
   */
  readConcurrency?: number;
  /**
   * Background reads (related, path, search, aggregates) sent at once (default: a quarter of
   * readConcurrency, at least 1); the other slots are kept for lookups.
   */
  backgroundReadConcurrency?: number;
  /** Longest a background read waits behind interactive ones (default BACKGROUND_MAX_WAIT_MS). */
  backgroundMaxWaitMs?: number;
  /** Called once per database round trip (used by tests to count them, and for debug logs). */
  onQuery?: (query: CypherQuery) => void;
}

/**
 * Converts driver values (Integer, temporal, Node, Relationship, arrays, maps) to plain JS.
 * Lists and maps are converted in place: each is a fresh object the driver decoded for this
 * result alone, and copying every one doubled what a page of rows allocates.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  // Strings, numbers and booleans (most values) need no conversion.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = toPlain(value[i]);
    return value;
  }
  // Maps arrive as plain objects: recurse without testing them for every driver type first.
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Row;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDateTime(value)) return dateTimeIso(value);
  if (isLocalDateTime(value)) return value.toString();
  if (isDate(value) || isTime(value) || isLocalTime(value) || isDuration(value))
    return value.toString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  return plainObject(value as Row);
}

/**
 * One result row as a plain object. Record.toObject walks the record through a compiled-down
 * generator, which allocated more than the row itself.
 */
function recordRow(record: Neo4jRecord): Row {
  const row: Row = {};
  const { keys } = record;
  for (let i = 0; i < keys.length; i += 1) row[keys[i] as string] = toPlain(record.get(i));
  return row;
}

function plainObject(value: Row): Row {
  const out: Row = {};
  for (const key of Object.keys(value)) out[key] = toPlain(value[key]);
  return out;
}

/**
 * A DateTime as an ISO 8601 UTC string, computed from its fields when it carries an offset
 * (parsing its own string form was a visible share of the API's CPU).
 */
function dateTimeIso(value: DateTime<number | Integer>): string {
  const n = (field: number | Integer | undefined) =>
    field === undefined ? Number.NaN : Number(field);
  const offset = n(value.timeZoneOffsetSeconds);
  const year = n(value.year);
  // Date.UTC reads years 0-99 as 1900-1999; those and named zones take the slow road.
  if (Number.isNaN(offset) || year < 100) {
    // A named zone's string ends in "[Zone/Name]", which Date cannot read: kept as it is.
    const parsed = new Date(value.toString());
    return Number.isNaN(parsed.getTime()) ? value.toString() : parsed.toISOString();
  }
  const ms = Date.UTC(
    year,
    n(value.month) - 1,
    n(value.day),
    n(value.hour),
    n(value.minute),
    n(value.second),
    Math.floor(n(value.nanosecond) / 1e6),
  );
  return new Date(ms - offset * 1000).toISOString();
}

/** Maps any error thrown by the driver to a DatabaseError (other errors pass through). */
export function classifyError(err: unknown): unknown {
  if (err instanceof DatabaseError) return err;
  if (err instanceof Neo4jError) {
    const code = err.code ?? '';
    if (
      code === 'ServiceUnavailable' ||
      code === 'SessionExpired' ||
      /ServiceUnavailable|connect/i.test(code)
    ) {
      return new DatabaseError('the database is unavailable', 'DATABASE_UNAVAILABLE', true, {
        cause: err,
      });
    }
    if (code.includes('ConstraintValidationFailed')) {
      return new DatabaseError(err.message, 'CONSTRAINT_VIOLATION', false, { cause: err });
    }
    if (
      code.includes('TransactionTimedOut') ||
      code.includes('Transaction.TransactionTimedOutClientConfiguration')
    ) {
      return new DatabaseError('the query took too long', 'QUERY_TIMEOUT', false, { cause: err });
    }
    return new DatabaseError(err.message, 'DATABASE_ERROR', err.retriable, { cause: err });
  }
  return err;
}

/** A transaction handed to work functions: run parameterised queries, get plain rows back. */
export interface Tx {
  run(query: CypherQuery): Promise<Row[]>;
}

/** Retry window of managed write transactions (the driver retries transient errors). */
export const WRITE_RETRY_MS = 15_000;
/** Default retry window of reads. */
export const READ_RETRY_MS = 1_000;
/** Default time allowed to open one connection (the driver's own default is 30 s). */
export const CONNECTION_TIMEOUT_MS = 2_000;
/** Default longest wait of a background read behind interactive ones. */
export const BACKGROUND_MAX_WAIT_MS = 100;
/** First pause between read attempts; doubled after each. */
const READ_RETRY_FIRST_DELAY_MS = 100;

const sleep = (ms: number) => new Promise<void>((resolveSleep) => setTimeout(resolveSleep, ms));

export class Database {
  private readonly driver: Driver;
  private readonly readRetryMs: number;
  private readonly scheduler: ReadScheduler;
  /** The server's home database, asked once when none is configured (see databaseName). */
  private homeDatabase: Promise<string> | undefined;

  constructor(private readonly options: DatabaseOptions) {
    const auth = options.password
      ? neo4j.auth.basic(options.user ?? 'neo4j', options.password)
      : undefined;
    this.readRetryMs = options.readRetryMs ?? READ_RETRY_MS;
    const readLimit = options.readConcurrency ?? Math.max(4, 2 * availableParallelism());
    this.scheduler = new ReadScheduler({
      limit: readLimit,
      backgroundLimit: options.backgroundReadConcurrency ?? Math.max(1, Math.floor(readLimit / 4)),
      maxWaitMs: options.backgroundMaxWaitMs ?? BACKGROUND_MAX_WAIT_MS,
    });
    this.driver = neo4j.driver(options.uri, auth, {
      // Integers arrive as JavaScript numbers: the graph holds none beyond 2^53 (counts,
      // offsets, epoch milliseconds), and an Integer object per value cost the API CPU.
      disableLosslessIntegers: true,
      // No query warnings (such as a property key no node has yet): nothing reads them, and
      // Neo4j built and sent them, and the driver decoded them, on every query.
      notificationFilter: { minimumSeverityLevel: 'OFF' },
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: options.connectionTimeoutMs ?? CONNECTION_TIMEOUT_MS,
      maxTransactionRetryTime: WRITE_RETRY_MS,
      logging: { level: 'error', logger: () => {} },
    });
  }

  /** Resolves when the server answers; throws DatabaseError(DATABASE_UNAVAILABLE) otherwise. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (err) {
      throw new DatabaseError('the database is unavailable', 'DATABASE_UNAVAILABLE', true, {
        cause: err,
      });
    }
  }

  /**
   * Runs one read query and returns plain rows. It runs as an auto-commit transaction: one
   * network round trip instead of the three (BEGIN, RUN, COMMIT) of a managed transaction,
   * which matters under load, where every round trip waits for a turn of the event loop.
   * Transient failures are retried for `readRetryMs`. `priority` orders it among waiting
   * reads when Neo4j is busy (see read-scheduler.ts).
   */
  async read(query: CypherQuery, priority: ReadPriority = 'interactive'): Promise<Row[]> {
    return this.retryRead(priority, (session) =>
      this.run(query, (q) => session.run(q.cypher, q.params, this.txConfig())),
    );
  }

  /** Runs one write query in a managed write transaction and returns plain rows. */
  async write(query: CypherQuery): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(query));
  }

  /** Runs `work` in one read transaction (all its queries see one snapshot); retried like `read`. */
  async readTx<T>(
    work: (tx: Tx) => Promise<T>,
    priority: ReadPriority = 'interactive',
  ): Promise<T> {
    return this.retryRead(priority, async (session) => {
      const tx = session.beginTransaction(this.txConfig());
      try {
        const result = await work({
          run: (query) => this.run(query, (q) => tx.run(q.cypher, q.params)),
        });
        await tx.commit();
        return result;
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    });
  }

  /** Runs `work` in one managed write transaction: all of it is committed, or none of it. */
  async writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.writeSession(work);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private txConfig() {
    return { timeout: this.options.queryTimeoutMs, metadata: { app: 'newsgraph' } };
  }

  /** Runs one query through `send`, reporting it to `onQuery`, and converts the rows. */
  private async run(
    query: CypherQuery,
    send: (query: CypherQuery) => Promise<QueryResult>,
  ): Promise<Row[]> {
    this.options.onQuery?.(query);
    // The driver records the caller's stack trace with every query it starts (for its error
    // messages); with source maps on, formatting it took 5% of the API server's CPU under
    // load. Errors are classified and logged here instead, so that trace is turned off.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let pending: Promise<QueryResult>;
    try {
      pending = send(query);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    const result = await pending;
    return result.records.map(recordRow);
  }

  /**
   * Runs `work` in a fresh read session, again after a short, doubling pause while it fails
   * with a retriable error and `readRetryMs` has not passed since the first attempt.
   */
  private async retryRead<T>(
    priority: ReadPriority,
    work: (session: Session) => Promise<T>,
  ): Promise<T> {
    const deadline = Date.now() + this.readRetryMs;
    for (let delay = READ_RETRY_FIRST_DELAY_MS; ; delay *= 2) {
      try {
        const database = await this.databaseName();
        // Each attempt takes a slot; the pause between attempts holds none.
        return await this.scheduler.run(priority, async () => {
          const session = this.driver.session({ database, defaultAccessMode: neo4j.session.READ });
          try {
            return await work(session);
          } finally {
            // Closing only returns the connection to the pool; a read's outcome does not depend on it.
            await session.close().catch(() => undefined);
          }
        });
      } catch (err) {
        const error = classifyError(err);
        if (!(error instanceof DatabaseError && error.retriable) || Date.now() + delay > deadline)
          throw error;
      }
      await sleep(delay);
    }
  }

  /** Runs `work` in a managed write transaction, retried by the driver for WRITE_RETRY_MS. */
  private async writeSession<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let session: Session | undefined;
    const run = (mtx: ManagedTransaction) =>
      work({ run: (query) => this.run(query, (q) => mtx.run(q.cypher, q.params)) });
    try {
      session = this.driver.session({
        // Not known yet and the server is down: the driver resolves it, within its retries.
        database: await this.databaseName().catch(() => undefined),
        defaultAccessMode: neo4j.session.WRITE,
      });
      return await session.executeWrite(run, this.txConfig());
    } catch (err) {
      throw classifyError(err);
    } finally {
      await session?.close();
    }
  }

  /**
   * The database sessions name: the configured one, else the server's home database, asked
   * once. A session that names no database makes the driver ask the server for its home
   * database before every transaction: an extra round trip that doubled the cost of a
   * small read. A failed lookup is not kept, so the next call asks again.
   */
  private databaseName(): Promise<string> {
    if (this.options.database) return Promise.resolve(this.options.database);
    this.homeDatabase ??= this.askHomeDatabase().catch((err: unknown) => {
      this.homeDatabase = undefined;
      throw err;
    });
    return this.homeDatabase;
  }

  private async askHomeDatabase(): Promise<string> {
    const query: CypherQuery = { cypher: 'CALL db.info() YIELD name RETURN name', params: {} };
    this.options.onQuery?.(query);
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(query.cypher, query.params);
      const name = result.records[0]?.get('name') as unknown;
      if (typeof name !== 'string') throw new Error('the server named no home database');
      return name;
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
