import type { Article } from '../model/article.js';
import type { ArticleMeta } from './article-meta.js';
import { IngestError } from './ingest-error.js';
import { parseHtmlArticle } from './parse-html-article.js';
import { parseJsonArticle } from './parse-json-article.js';
import { parseTextArticle } from './parse-text-article.js';

/**
 * Reads one article given as a string (e.g. by the GraphQL `ingestArticle` mutation).
 * Returns an Article or throws IngestError, never anything else: EMPTY_INPUT, BINARY_INPUT,
 * TOO_LARGE (over MAX_INPUT_BYTES), INVALID_JSON, NO_ARTICLE, UNKNOWN_FORMAT.
 */
export function parseArticle(
  content: string,
  contentType: 'text' | 'html' | 'json',
  meta: ArticleMeta = {},
): Article {
  switch (contentType) {
    case 'text':
      return parseTextArticle(content, meta);
    case 'html':
      return parseHtmlArticle(content, meta);
    case 'json':
      return parseJsonArticle(content, meta);
    default:
      throw new IngestError(
        'UNKNOWN_FORMAT',
        meta.file ?? '<input>',
        `unknown content type "${String(contentType)}"`,
      );
  }
}
