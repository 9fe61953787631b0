import { defineConfig } from 'vitest/config';

// Two projects: unit tests sit next to their code and need nothing; integration and
// end-to-end tests in tests/ share one real Neo4j started by tests/global-setup.ts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
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
