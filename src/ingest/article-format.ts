/** The input formats ingest reads. */
export type ArticleFormat = 'text' | 'html' | 'json' | 'ndjson';
