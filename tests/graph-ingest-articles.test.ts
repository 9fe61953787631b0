import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runIngest } from '../src/commands/ingest-command.js';
import { loadConfig } from '../src/config.js';
import { GraphWriter } from '../src/graph/graph-writer.js';
import { ingestArticle, ingestArticles } from '../src/ingest-articles.js';
import { IngestError, type ArticleItem } from '../src/ingest/index.js';
import type { Article } from '../src/model/article.js';
import { testDatabase, testTag } from './support/test-database.js';

/** Invented names, unique to this run, so the test owns the entities it creates. */
function word(): string {
  const w = Array.from({ length: 6 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('');
  return w[0]?.toUpperCase() + w.slice(1);
}

describe('ingesting articles end to end (real extractor, real Neo4j)', () => {
  const db = testDatabase();
  const writer = new GraphWriter(db);
  const tag = testTag('graph-ingest');
  const surname = word();
  const town = `${word()}ville`;
  const ids: string[] = [];
  const article = (n: number, source: string, quote: string): Article => {
    const id = `${tag}-${n}`;
    ids.push(id);
    return {
      id,
      title: `${town} widens its bus network`,
      dek: null,
      url: `https://example.test/${id}`,
      source,
      byline: null,
      publishedAt: `2025-06-0${n}T09:00:00.000Z`,
      updatedAt: null,
      body: [
        `Mayor Elena ${surname} said on Tuesday that the city would add six bus routes next spring.`,
        `"${quote}," ${surname} said at a news conference at City Hall.`,
        `The plan still needs a vote of the city council, which meets again next week.`,
      ].join('\n\n'),
    };
  };

  afterAll(async () => {
    for (const id of ids) await writer.deleteArticle(id);
    await db.close();
  });

  it('reads, extracts and stores articles, sharing the speaker and the quote across outlets', async () => {
    const quote = `We are going to make transit work for every family in ${town}`;
    const items: ArticleItem[] = [
      { file: 'one.json', index: null, article: article(1, `Ledger ${surname}`, quote) },
      {
        file: 'feed.ndjson',
        index: 2,
        error: new IngestError('INVALID_JSON', 'feed.ndjson', 'line 2 is not JSON'),
      },
      { file: 'two.json', index: null, article: article(2, `Courier ${surname}`, quote) },
    ];
    async function* source() {
      yield* items;
    }
    const summary = await ingestArticles(source(), writer, { batchSize: 2 });
    expect(summary).toMatchObject({ new: 2, failed: 1, unchanged: 0 });

    const people = await db.read({
      cypher: `MATCH (p:Person)<-[:MENTIONS]-(a:Article) WHERE a.id IN $ids AND p.name ENDS WITH $surname
               RETURN p.name AS name, count(a) AS articles`,
      params: { ids, surname },
    });
    expect(people).toEqual([{ name: `Elena ${surname}`, articles: 2 }]);
    const statements = await db.read({
      cypher: `MATCH (p:Person)-[:SAID]->(s:Statement)-[:IN]->(a:Article) WHERE a.id IN $ids
               RETURN p.name AS speaker, s.text AS text, count(a) AS outlets`,
      params: { ids },
    });
    // Each statement (whatever else the extractor finds) is one node carried by both articles.
    expect(statements).toContainEqual({
      speaker: `Elena ${surname}`,
      text: expect.stringContaining(quote),
      outlets: 2,
    });
    expect(statements.every((s) => s.outlets === 2)).toBe(true);

    // The one-article entry point (API mutation, seeding) reports an unchanged article.
    const again = await ingestArticle(article(1, `Ledger ${surname}`, quote), writer);
    expect(again.status).toBe('unchanged');
  });

  it('`newsgraph ingest` stores a file, reports the bad line and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
    try {
      const good = article(
        3,
        `Herald ${surname}`,
        `Nobody in ${town} should wait an hour for a bus`,
      );
      writeFileSync(join(dir, 'feed.ndjson'), `${JSON.stringify(good)}\n{not json\n`);
      let stdout = '';
      let stderr = '';
      const code = await runIngest(
        [join(dir, 'feed.ndjson')],
        {},
        {
          config: loadConfig({
            NEO4J_URI: inject('neo4jUri'),
            NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD,
            NEO4J_USER: process.env.NEO4J_TEST_USER,
          }),
          stdout: { write: (t: string) => (stdout += t) },
          stderr: { write: (t: string) => (stderr += t) },
        },
      );
      expect(code).toBe(1);
      expect(stdout).toContain('1 new, 0 updated, 0 unchanged, 1 failed');
      expect(stderr).toMatch(/feed\.ndjson:2: /);
      // The reader derives its own article id; find the stored article by its url and own it.
      const [row] = await db.read({
        cypher: 'MATCH (a:Article {url: $url}) RETURN a.id AS id',
        params: { url: good.url },
      });
      expect(row?.id).toEqual(expect.any(String));
      ids.push(row?.id as string);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
