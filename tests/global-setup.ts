/**
 * Vitest global setup for integration tests: starts a real local Neo4j on a free port with a
 * throwaway data directory (or uses NEO4J_TEST_URI when given), applies the migrations, hands
 * the URI to the tests through `provide`, and stops Neo4j at the end even when tests fail.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { Database } from '../src/graph/database.js';
import { freePort, startAttached, type RunningNeo4j } from '../src/graph/local-neo4j.js';
import { migrate } from '../src/graph/migrations.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let running: RunningNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-test-neo4j-'));
    const started = Date.now();
    running = await startAttached({
      dataDir,
      port: await freePort(),
      pageCache: '128m',
      heap: '1g',
    });
    uri = running.uri;
    console.log(`[global-setup] Neo4j ready at ${uri} in ${Date.now() - started} ms`);
  }
  const db = new Database({
    uri,
    user: process.env.NEO4J_TEST_USER,
    password: process.env.NEO4J_TEST_PASSWORD,
  });
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  project.provide('neo4jUri', uri);
  return async () => {
    await running?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
