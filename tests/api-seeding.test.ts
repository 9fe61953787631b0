import { readdirSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleStore } from '../src/api/api-context.js';
import { createArticleStore, seedIfEmpty, SEEDS_DIR } from '../src/commands/serve-command.js';
import { GraphWriter } from '../src/graph/graph-writer.js';
import { buildExtraction } from './support/build-extraction.js';
import { testDatabase, testTag } from './support/test-database.js';

const logger = pino({ level: 'silent' });
const SEED_FILES = readdirSync(SEEDS_DIR).filter((name) => /\.(txt|html?|json)$/i.test(name));

/** `store`, recording the outcome of every ingest. */
function recording(store: ArticleStore) {
  const ingested: { articleId: string; created: boolean }[] = [];
  const wrapped: ArticleStore = {
    ...store,
    async ingest(input) {
      const outcome = await store.ingest(input);
      ingested.push(outcome);
      return outcome;
    },
  };
  return { store: wrapped, ingested };
}

describe('seeding the database at start (runServe)', () => {
  const db = testDatabase();
  const writer = new GraphWriter(db);
  const created: string[] = [];

  afterAll(async () => {
    // Only articles this file created; a seed article stored before it ran stays.
    for (const id of created) await writer.deleteArticle(id);
    await db.close();
  });

  it('skips seeding when the database already holds articles', async () => {
    const tag = testTag('seed');
    await writer.upsertArticles([buildExtraction({ article: { id: `${tag}-a1` } })]);
    created.push(`${tag}-a1`);
    const { store, ingested } = recording(createArticleStore(db));
    // The real check: this database is not empty.
    expect(await seedIfEmpty(db, store, logger)).toBe(0);
    expect(ingested).toEqual([]);
  });

  it('loads every file of seeds/ into an empty database', async () => {
    expect(SEED_FILES).toHaveLength(3);
    const { store, ingested } = recording(createArticleStore(db));
    // The shared test database is never empty, so the emptiness check is injected.
    const count = await seedIfEmpty(db, store, logger, { isEmpty: async () => true });
    created.push(...ingested.filter((o) => o.created).map((o) => o.articleId));
    expect(count).toBe(SEED_FILES.length);
    expect(ingested).toHaveLength(SEED_FILES.length);

    const rows = await db.read({
      cypher: `MATCH (a:Article) WHERE a.id IN $ids
        RETURN a.id AS id, a.title AS title, COUNT { (a)<-[:IN]-(:Statement) } AS statements`,
      params: { ids: ingested.map((o) => o.articleId) },
    });
    expect(rows.map((r) => r.id).sort()).toEqual(ingested.map((o) => o.articleId).sort());
    for (const row of rows) expect(String(row.title ?? '').length).toBeGreaterThan(0);
    // The seeds are news articles with quotes: the extraction found statements in them.
    expect(rows.reduce((sum, r) => sum + Number(r.statements), 0)).toBeGreaterThan(0);
  });
});
