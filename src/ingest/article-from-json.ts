import { parseHTML } from 'linkedom';
import type { Article } from '../model/article.js';
import type { ArticleMeta } from './article-meta.js';
import { buildArticle } from './build-article.js';
import { htmlParagraphs } from './html-paragraphs.js';
import { IngestError } from './ingest-error.js';
import { parseDate } from './parse-date.js';
import { removeFurniture } from './remove-furniture.js';
import { splitParagraphs } from './split-paragraphs.js';
import { stripHeaderParagraphs } from './strip-header-paragraphs.js';

/** Field names feeds and scrapers use, tried in order (case-insensitively). */
const FIELDS = {
  title: ['title', 'headline', 'name'],
  dek: ['dek', 'description', 'summary', 'subtitle', 'standfirst', 'excerpt'],
  url: ['url', 'link', 'canonicalUrl', 'canonical_url', 'permalink'],
  source: ['source', 'site', 'siteName', 'site_name', 'publisher', 'outlet'],
  byline: ['byline', 'author', 'authors', 'creator'],
  body: ['body', 'content', 'text', 'articleBody', 'article_body'],
  publishedAt: [
    'publishedAt',
    'published_at',
    'published',
    'datePublished',
    'date',
    'pubDate',
    'pub_date',
    'createdAt',
    'created_at',
  ],
  updatedAt: [
    'updatedAt',
    'updated_at',
    'updated',
    'dateModified',
    'modified',
    'modifiedAt',
    'modified_at',
  ],
} as const;

/** Markup in a body string: it is HTML, not plain text. */
const HTML_BODY = /<\/?(p|div|br|h[1-6]|li|blockquote|article)\b[^>]*>/i;

/**
 * Turns one JSON article (`{title, url, source, publishedAt, body}`, with the usual
 * alternative names: content/text for body, date/published for publishedAt, author for
 * byline...) into an Article. The body may be plain text (paragraphs separated by blank
 * lines), HTML, or an array of paragraphs. Wrong-typed fields are ignored. Throws IngestError
 * NO_ARTICLE when the value is not an object or has no body text.
 */
export function articleFromJson(value: unknown, meta: ArticleMeta = {}): Article {
  const file = meta.file ?? '<input>';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new IngestError(
      'NO_ARTICLE',
      file,
      `expected an article object, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
    );
  }
  const record = value as Record<string, unknown>;
  const get = (names: readonly string[]): unknown => {
    for (const name of names) {
      const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
      if (
        key !== undefined &&
        record[key] !== null &&
        record[key] !== undefined &&
        record[key] !== ''
      )
        return record[key];
    }
    return undefined;
  };

  const header = stripHeaderParagraphs(bodyParagraphs(get(FIELDS.body)));
  return buildArticle(
    {
      title: text(get(FIELDS.title)),
      dek: text(get(FIELDS.dek)),
      url: text(get(FIELDS.url)),
      source: names(get(FIELDS.source)),
      byline: names(get(FIELDS.byline)) ?? header.byline,
      publishedAt: date(get(FIELDS.publishedAt)) ?? header.publishedAt,
      updatedAt: date(get(FIELDS.updatedAt)) ?? header.updatedAt,
      paragraphs: removeFurniture(header.paragraphs),
    },
    meta,
  );
}

function bodyParagraphs(body: unknown): string[] {
  if (Array.isArray(body))
    return body.flatMap((item) => (typeof item === 'string' ? splitParagraphs(item) : []));
  if (typeof body !== 'string') return [];
  if (!HTML_BODY.test(body)) return splitParagraphs(body);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`);
  for (const br of document.querySelectorAll('br')) br.replaceWith(document.createTextNode('\n'));
  return htmlParagraphs(document.body);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A name field: a string, `{name}`, or a list of them (joined with ", "). */
function names(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const found = list
    .map((item) =>
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['name'] : item,
    )
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  return found.length > 0 ? found.join(', ') : null;
}

function date(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? parseDate(value) : null;
}
