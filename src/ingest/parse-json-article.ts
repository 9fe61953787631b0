import type { Article } from '../model/article.js';
import { articleFromJson } from './article-from-json.js';
import type { ArticleMeta } from './article-meta.js';
import { IngestError } from './ingest-error.js';
import { parseJsonValue } from './parse-json-value.js';

/**
 * Reads one JSON article (see articleFromJson for the fields), given as an object or as an
 * array holding exactly one. Throws IngestError: INVALID_JSON, NO_ARTICLE (not an article, or
 * a list of several: use parseJsonValue + articleFromJson for lists), and the input checks.
 */
export function parseJsonArticle(content: string, meta: ArticleMeta = {}): Article {
  const file = meta.file ?? '<input>';
  const { values } = parseJsonValue(content, file);
  if (values.length !== 1) {
    throw new IngestError(
      'NO_ARTICLE',
      file,
      `expected one article, found a list of ${values.length}`,
    );
  }
  return articleFromJson(values[0], meta);
}
