/**
 * The one module that talks to neo4j-driver: sessions, managed transactions (retried on
 * transient errors by the driver), query timeouts, metadata, debug logging, conversion of
 * driver values to plain JavaScript, and mapping of Neo4j errors to newsgraph's codes.
 * Neo4j `Integer`, temporal values and `Record`s never leave this module.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
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

/** A parameterised Cypher statement. Every value goes in `params`, never into `cypher`. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

export type DatabaseErrorCode = 'DATABASE_UNAVAILABLE' | 'CONSTRAINT_VIOLATION' | 'QUERY_TIMEOUT' | 'DATABASE_ERROR';

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
  /** Called once per database round trip (used by tests to count them, and for debug logs). */
  onQuery?: (query: CypherQuery) => void;
}

/** Converts driver values (Integer, temporal, Node, Relationship, arrays, maps) to plain JS. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDateTime(value) || isLocalDateTime(value)) {
    return isDateTime(value) ? new Date(value.toString()).toISOString() : value.toString();
  }
  if (isDate(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** Maps any error thrown by the driver to a DatabaseError (other errors pass through). */
export function classifyError(err: unknown): unknown {
  if (err instanceof DatabaseError) return err;
  if (err instanceof Neo4jError) {
    const code = err.code ?? '';
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ServiceUnavailable|connect/i.test(code)) {
      return new DatabaseError('the database is unavailable', 'DATABASE_UNAVAILABLE', true, { cause: err });
    }
    if (code.includes('ConstraintValidationFailed')) {
      return new DatabaseError(err.message, 'CONSTRAINT_VIOLATION', false, { cause: err });
    }
    if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOutClientConfiguration')) {
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

export class Database {
  private readonly driver: Driver;

  constructor(private readonly options: DatabaseOptions) {
    const auth = options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
    this.driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: false,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 15_000,
      logging: { level: 'error', logger: () => {} },
    });
  }

  /** Resolves when the server answers; throws DatabaseError(DATABASE_UNAVAILABLE) otherwise. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (err) {
      throw new DatabaseError('the database is unavailable', 'DATABASE_UNAVAILABLE', true, { cause: err });
    }
  }

  /** Runs one read query in a managed read transaction and returns plain rows. */
  async read(query: CypherQuery): Promise<Row[]> {
    return this.readTx((tx) => tx.run(query));
  }

  /** Runs one write query in a managed write transaction and returns plain rows. */
  async write(query: CypherQuery): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(query));
  }

  /** Runs `work` in one managed read transaction (retried by the driver on transient errors). */
  async readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('READ', work);
  }

  /** Runs `work` in one managed write transaction: all of it is committed, or none of it. */
  async writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('WRITE', work);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      timeout: this.options.queryTimeoutMs,
      metadata: { app: 'newsgraph' },
    };
    const run = (mtx: ManagedTransaction) =>
      work({
        run: async (query) => {
          this.options.onQuery?.(query);
          const result = await mtx.run(query.cypher, query.params);
          return result.records.map((r) => toPlain(r.toObject()) as Row);
        },
      });
    try {
      return mode === 'READ' ? await session.executeRead(run, config) : await session.executeWrite(run, config);
    } catch (err) {
      throw classifyError(err);
    } finally {
      await session.close();
    }
  }
}
