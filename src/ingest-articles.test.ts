import { describe, expect, it } from 'vitest';
import { buildExtraction } from '../tests/support/build-extraction.js';
import { DatabaseError } from './graph/database.js';
import type { GraphWriter, UpsertResult } from './graph/graph-writer.js';
import { ingestArticles, type IngestEvent } from './ingest-articles.js';
import type { ArticleItem } from './ingest/index.js';
import { IngestError } from './ingest/index.js';
import type { Article } from './model/article.js';
import type { Extraction } from './model/extraction.js';

/** A writer that records batches and fails any batch holding an article whose id starts with "bad". */
function recordingWriter(failure: () => Error = () => new Error('rejected by the database')) {
  const batches: string[][] = [];
  const writer = {
    async upsertArticles(extractions: readonly Extraction[]): Promise<UpsertResult[]> {
      const ids = extractions.map((e) => e.article.id);
      batches.push(ids);
      if (ids.some((id) => id.startsWith('bad'))) throw failure();
      return ids.map((articleId) => ({ status: 'new', articleId, entities: 1, statements: 0 }));
    },
  };
  return { writer: writer as unknown as GraphWriter, batches };
}

async function* items(list: ArticleItem[]): AsyncGenerator<ArticleItem> {
  yield* list;
}

const article = (id: string): ArticleItem => ({
  file: `${id}.json`,
  index: null,
  article: buildExtraction({ article: { id } }).article,
});
const extract = (a: Article): Extraction =>
  buildExtraction({ article: a, entities: [{ name: 'Ada Quist' }] });

describe('ingestArticles', () => {
  it('writes in batches and isolates the article that makes a batch fail', async () => {
    const { writer, batches } = recordingWriter();
    const events: IngestEvent[] = [];
    const summary = await ingestArticles(
      items(['a1', 'a2', 'bad3', 'a4', 'a5'].map(article)),
      writer,
      {
        batchSize: 3,
        extract,
        onEvent: (e) => events.push(e),
      },
    );
    expect(summary).toMatchObject({ new: 4, failed: 1, updated: 0, unchanged: 0, entities: 4 });
    expect(batches).toEqual([['a1', 'a2', 'bad3'], ['a1'], ['a2'], ['bad3'], ['a4', 'a5']]);
    expect(events.filter((e) => 'failure' in e)).toEqual([
      {
        file: 'bad3.json',
        index: null,
        failure: { file: 'bad3.json', index: null, reason: 'rejected by the database' },
      },
    ]);
  });

  it('reports unreadable and unextractable items and goes on', async () => {
    const { writer } = recordingWriter();
    const unreadable: ArticleItem = {
      file: 'feed.ndjson',
      index: 7,
      error: new IngestError('INVALID_JSON', 'feed.ndjson', 'line 7 is not JSON'),
    };
    const events: IngestEvent[] = [];
    const summary = await ingestArticles(
      items([unreadable, article('boom'), article('a1')]),
      writer,
      {
        extract: (a) => {
          if (a.id === 'boom') throw new Error('tokenizer crashed');
          return extract(a);
        },
        onEvent: (e) => events.push(e),
      },
    );
    expect(summary).toMatchObject({ new: 1, failed: 2 });
    expect(events.flatMap((e) => ('failure' in e ? [e.failure.reason] : []))).toEqual([
      'line 7 is not JSON (INVALID_JSON)',
      'extraction failed: tokenizer crashed',
    ]);
  });

  it('sends an article id seen twice to the next batch, so the newest version wins', async () => {
    const { writer, batches } = recordingWriter();
    await ingestArticles(items(['a1', 'a2', 'a1'].map(article)), writer, {
      batchSize: 10,
      extract,
    });
    expect(batches).toEqual([['a1', 'a2'], ['a1']]);
  });

  it('never writes two versions of one article at the same time', async () => {
    const active = new Set<string>();
    const overlaps: string[] = [];
    const writer = {
      async upsertArticles(extractions: readonly Extraction[]): Promise<UpsertResult[]> {
        const ids = extractions.map((e) => e.article.id);
        for (const id of ids) if (active.has(id)) overlaps.push(id);
        ids.forEach((id) => active.add(id));
        await new Promise((resolve) => setTimeout(resolve, 5));
        ids.forEach((id) => active.delete(id));
        return ids.map((articleId) => ({ status: 'new', articleId, entities: 0, statements: 0 }));
      },
    } as unknown as GraphWriter;
    const summary = await ingestArticles(
      items(['a1', 'a2', 'a1', 'a3', 'a1'].map(article)),
      writer,
      {
        batchSize: 1,
        writesInFlight: 3,
        extract,
      },
    );
    expect(summary.new).toBe(5);
    expect(overlaps).toEqual([]);
  });

  it('stops when the database is unavailable instead of failing every article slowly', async () => {
    const { writer } = recordingWriter(
      () => new DatabaseError('the database is unavailable', 'DATABASE_UNAVAILABLE', true),
    );
    await expect(
      ingestArticles(items(['bad1', 'a2'].map(article)), writer, { batchSize: 1, extract }),
    ).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
    });
  });

  it('computes the rate from the injected clock', async () => {
    const { writer } = recordingWriter();
    let t = 0;
    const summary = await ingestArticles(items(['a1', 'a2'].map(article)), writer, {
      extract,
      now: () => (t += 500),
    });
    expect(summary.elapsedMs).toBe(500);
    expect(summary.articlesPerSecond).toBe(4);
  });
});
