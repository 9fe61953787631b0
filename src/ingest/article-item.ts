import type { Article } from '../model/article.js';
import type { IngestError } from './ingest-error.js';

/**
 * One result of reading inputs: an article, or the reason one could not be read. `index` is
 * the article's number in a file that holds a list (NDJSON: its line number; JSON array:
 * its 1-based position), null for a file that holds one article by nature.
 */
export type ArticleItem =
  | { file: string; index: number | null; article: Article; error?: undefined }
  | { file: string; index: number | null; error: IngestError; article?: undefined };
