/**
 * The ingest stage: raw article input (plain text, saved HTML pages, JSON, NDJSON) -> Article.
 * Everything outside src/ingest/ uses these entry points only.
 */
export type { ArticleFormat } from './article-format.js';
export type { ArticleItem } from './article-item.js';
export type { ArticleMeta } from './article-meta.js';
export { IngestError, type IngestErrorCode } from './ingest-error.js';
export { MAX_INPUT_BYTES } from './max-input-bytes.js';
export { parseArticle } from './parse-article.js';
export { readArticleFile } from './read-article-file.js';
export { readArticleItems, type ReadOptions } from './read-article-items.js';
export { readArticleSources } from './read-article-sources.js';
export { walkArticleFiles } from './walk-article-files.js';
