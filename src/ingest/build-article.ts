import type { Article } from '../model/article.js';
import { articleId } from './article-id.js';
import type { ArticleMeta } from './article-meta.js';
import { IngestError } from './ingest-error.js';
import { normalizeWhitespace } from './normalize-whitespace.js';

/** What a format parser found, before normalisation: the Article's fields but id and body. */
export type ArticleFields = Omit<Article, 'id' | 'body'> & {
  /** Clean paragraphs, furniture already removed. */
  paragraphs: readonly string[];
};

/**
 * Assembles the Article: whitespace-normalised fields (empty -> null), the caller's url/source
 * winning over the content's, an absolute http(s) url or none, body = paragraphs joined by a
 * blank line, and the stable id. Throws IngestError NO_ARTICLE when there is no body text.
 */
export function buildArticle(fields: ArticleFields, meta: ArticleMeta = {}): Article {
  const paragraphs = fields.paragraphs.map(normalizeWhitespace).filter((p) => p.length > 0);
  if (paragraphs.length === 0) {
    throw new IngestError('NO_ARTICLE', meta.file ?? '<input>', 'no article text found');
  }
  const title = clean(fields.title);
  const dek = clean(fields.dek);
  const url = absoluteUrl(clean(meta.url) ?? clean(fields.url));
  const source = clean(meta.source) ?? clean(fields.source);
  const body = paragraphs.join('\n\n');
  return {
    id: articleId({ source, url, title, body }),
    title,
    dek: dek === title ? null : dek,
    url,
    source,
    byline: clean(fields.byline),
    publishedAt: fields.publishedAt,
    updatedAt: fields.updatedAt,
    body,
  };
}

function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = normalizeWhitespace(value);
  return text.length > 0 ? text : null;
}

function absoluteUrl(value: string | null): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
