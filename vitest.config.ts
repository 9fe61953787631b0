import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 has no "exports" map: Node loads its CommonJS build for packages in
// node_modules, while Vite would pick its ESM build for our sources. Two copies of graphql
// cannot share a schema, so tests resolve it the way Node does.
const require = createRequire(import.meta.url);
const graphqlMain = require.resolve('graphql');

// Two projects: unit tests sit next to their code and need nothing; integration and
// end-to-end tests in tests/ share one real Neo4j started by tests/global-setup.ts.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Neo4j for all files; files run one at a time so counts made with plain
          // Cypher are not disturbed by another file's writes.
          fileParallelism: false,
        },
      },
    ],
  },
});
