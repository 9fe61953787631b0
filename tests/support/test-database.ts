import { inject } from 'vitest';
import { Database, type DatabaseOptions } from '../../src/graph/database.js';

/** A Database connected to the Neo4j that tests/global-setup.ts started. */
export function testDatabase(options: Partial<DatabaseOptions> = {}): Database {
  return new Database({
    uri: inject('neo4jUri'),
    user: process.env.NEO4J_TEST_USER,
    password: process.env.NEO4J_TEST_PASSWORD,
    ...options,
  });
}

/** A tag unique to one test run, to mark (and later clean up) only the test's own data. */
export function testTag(name: string): string {
  return `${name}-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
