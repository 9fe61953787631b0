/**
 * The ingest flow, step by step: read articles -> extract entities and statements -> write
 * them to the graph, streaming, in batches of articles per transaction, with counts.
 * One bad article never stops the others: it is reported and the flow goes on.
 */
import { extract as defaultExtract } from './extract/index.js';
import { DatabaseError } from './graph/database.js';
import type { GraphWriter, UpsertResult } from './graph/graph-writer.js';
import { validateExtraction } from './graph/validate-extraction.js';
import type { ArticleItem } from './ingest/index.js';
import type { Article } from './model/article.js';
import type { Extraction } from './model/extraction.js';

/**
 * Articles per write transaction. Measured with bench/ingest-bench.ts on 10,000 generated
 * articles (2 cores, Neo4j alongside): 100 -> 125, 250 -> 140-160, 500 -> 128 articles/s.
 */
export const DEFAULT_BATCH_SIZE = 250;
/** Batches written at the same time: one writing while the next commits keeps Neo4j busy. */
export const DEFAULT_WRITES_IN_FLIGHT = 2;

export interface IngestFailure {
  file: string;
  /** Position in a multi-article file (NDJSON line), null otherwise. */
  index: number | null;
  reason: string;
}

export interface IngestSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Entities mentioned and statements carried by the articles written (new or updated). */
  entities: number;
  statements: number;
  elapsedMs: number;
  articlesPerSecond: number;
}

/** Reported once per article read, in order of completion. */
export type IngestEvent = { file: string; index: number | null } & (
  { result: UpsertResult } | { failure: IngestFailure }
);

export interface IngestOptions {
  batchSize?: number;
  /** Batches written at the same time (default DEFAULT_WRITES_IN_FLIGHT). */
  writesInFlight?: number;
  extract?: (article: Article) => Extraction;
  onEvent?: (event: IngestEvent) => void;
  /** Milliseconds clock for the rate (injected for tests). */
  now?: () => number;
}

interface Pending {
  file: string;
  index: number | null;
  extraction: Extraction;
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Extracts and stores one already-parsed article (the API's ingestArticle mutation and the
 * demo seeding use it). Throws GraphWriteError(BAD_USER_INPUT) for an extraction the writer
 * refuses, DatabaseError for database failures.
 */
export async function ingestArticle(
  article: Article,
  writer: GraphWriter,
  extract: (article: Article) => Extraction = defaultExtract,
): Promise<UpsertResult> {
  return writer.upsertArticle(extract(article));
}

/**
 * Ingests every article item: read failures, extraction failures and refused or failing
 * articles are counted and reported through `onEvent`, never thrown. A batch whose
 * transaction fails is retried one article at a time, so only the bad article fails.
 * Throws only DatabaseError(DATABASE_UNAVAILABLE), when no article could be stored anyway.
 */
export async function ingestArticles(
  items: AsyncIterable<ArticleItem>,
  writer: GraphWriter,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const writesInFlight = Math.max(1, options.writesInFlight ?? DEFAULT_WRITES_IN_FLIGHT);
  const extract = options.extract ?? defaultExtract;
  const now = options.now ?? Date.now;
  const started = now();
  const summary: IngestSummary = {
    new: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    entities: 0,
    statements: 0,
    elapsedMs: 0,
    articlesPerSecond: 0,
  };

  const fail = (file: string, index: number | null, reason: string) => {
    summary.failed += 1;
    options.onEvent?.({ file, index, failure: { file, index, reason } });
  };
  const succeed = (p: Pending, result: UpsertResult) => {
    summary[result.status] += 1;
    if (result.status !== 'unchanged') {
      summary.entities += result.entities;
      summary.statements += result.statements;
    }
    options.onEvent?.({ file: p.file, index: p.index, result });
  };
  const write = async (batch: Pending[]) => {
    try {
      const results = await writer.upsertArticles(batch.map((p) => p.extraction));
      batch.forEach((p, i) => {
        const result = results[i];
        if (result) succeed(p, result);
      });
      return;
    } catch (err) {
      if (err instanceof DatabaseError && err.code === 'DATABASE_UNAVAILABLE') throw err;
      if (batch.length === 1 && batch[0]) return fail(batch[0].file, batch[0].index, reasonOf(err));
    }
    // The batch failed as a whole: find the bad article by writing them one by one.
    for (const p of batch) await write([p]);
  };

  let batch: Pending[] = [];
  const inFlight = new Set<Promise<void>>();
  const idsInFlight = new Set<string>();
  let fatal: unknown = null;
  const drain = async (limit: number) => {
    while (inFlight.size > limit) await Promise.race(inFlight).catch(() => undefined);
    if (fatal !== null) throw fatal;
  };
  const flush = async () => {
    const full = batch;
    batch = [];
    if (full.length === 0) return;
    // At most `writesInFlight` batches are written at once; the next one is read and
    // extracted meanwhile.
    await drain(writesInFlight - 1);
    const ids = full.map((p) => p.extraction.article.id);
    for (const id of ids) idsInFlight.add(id);
    const pending: Promise<void> = write(full).finally(() => {
      inFlight.delete(pending);
      for (const id of ids) idsInFlight.delete(id);
    });
    // A failure here (the database went away) stops the run at the next drain.
    pending.catch((err: unknown) => {
      fatal ??= err;
    });
    inFlight.add(pending);
  };

  try {
    for await (const item of items) {
      // Read
      if (item.error) {
        fail(item.file, item.index, `${item.error.reason} (${item.error.code})`);
        continue;
      }
      // Extract
      let extraction: Extraction;
      try {
        extraction = extract(item.article);
      } catch (err) {
        fail(item.file, item.index, `extraction failed: ${reasonOf(err)}`);
        continue;
      }
      const problems = validateExtraction(extraction);
      if (problems.length > 0) {
        fail(item.file, item.index, problems.join('; '));
        continue;
      }
      // Write, in batches; an article id seen twice goes to a later batch, written after
      // every earlier one has finished, so the newest version wins.
      const id = extraction.article.id;
      if (idsInFlight.has(id) || batch.some((p) => p.extraction.article.id === id)) {
        await flush();
        await drain(0);
      }
      batch.push({ file: item.file, index: item.index, extraction });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    await drain(0);
  }

  summary.elapsedMs = Math.max(1, now() - started);
  summary.articlesPerSecond =
    ((summary.new + summary.updated + summary.unchanged) * 1000) / summary.elapsedMs;
  return summary;
}
