/**
 * What every resolver receives: the read store, its per-request loaders and the shared
 * aggregate cache, the write side,
 * the subscription hub, who is calling, and a logger bound to the request id.
 */
import type { Logger } from 'pino';
import type { GraphReader } from '../graph/graph-reader.js';
import type { ArticleRecord } from '../graph/read-records.js';
import type { AggregateCache } from './aggregate-cache.js';
import type { Loaders } from './create-loaders.js';
import type { KeyCheck } from './api-key-check.js';
import type { PubSub } from './pubsub.js';

/** An article to ingest, as the `ArticleInput` GraphQL input gives it. */
export interface ArticleInputValue {
  title?: string | null;
  dek?: string | null;
  body?: string | null;
  url?: string | null;
  source?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  content?: string | null;
  contentType?: 'TEXT' | 'HTML' | 'JSON' | null;
}

/**
 * The write side of the graph, as the API needs it. Implementations throw errors whose
 * `code` is BAD_USER_INPUT or NOT_FOUND for bad input and unknown ids.
 */
export interface ArticleStore {
  ingest(
    input: ArticleInputValue,
  ): Promise<{ articleId: string; created: boolean; entityCount: number; statementCount: number }>;
  /** Resolves false when there was no such article. */
  deleteArticle(id: string): Promise<boolean>;
  mergeEntities(sourceIds: readonly string[], targetId: string): Promise<void>;
  addAlias(entityId: string, alias: string): Promise<void>;
}

export interface IngestOutcome {
  article: ArticleRecord;
  created: boolean;
  entityCount: number;
  statementCount: number;
}

export interface ApiContext {
  requestId: string;
  logger: Logger;
  reader: GraphReader;
  loaders: Loaders;
  /** Shared by all requests: dashboard aggregates, reused for a few seconds. */
  aggregates: AggregateCache;
  store: ArticleStore;
  articleIngested: PubSub<ArticleRecord>;
  auth: KeyCheck;
}
