import type { Article } from '../model/article.js';
import type { ArticleMeta } from './article-meta.js';
import { buildArticle } from './build-article.js';
import { checkTextContent } from './check-text-content.js';
import { classifyHeaderLine } from './classify-header-line.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { removeFurniture } from './remove-furniture.js';
import { splitParagraphs } from './split-paragraphs.js';

/** Lines after the title searched for the dek, byline and date lines. */
const HEADER_WINDOW_LINES = 8;
/** A first line longer than this is a paragraph, not a title. */
const MAX_TITLE_CHARS = 300;
/** Header lines (dek, byline, date) are shorter than this; a longer line starts the body. */
const MAX_HEADER_LINE_CHARS = 600;

/**
 * Reads an article copied as plain text from a news page: the first non-empty line is the
 * title; the lines right under it may hold a dek, a "By NAME" byline and date lines
 * ("Published: March 9, 2026 6:12am", "Updated on ...", a bare date); paragraphs follow,
 * separated by blank lines, with page furniture removed. Dates without a zone are UTC.
 * Throws IngestError (EMPTY_INPUT, BINARY_INPUT, TOO_LARGE, NO_ARTICLE).
 */
export function parseTextArticle(content: string, meta: ArticleMeta = {}): Article {
  checkTextContent(content, meta.file ?? '<input>');
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const nonEmpty = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index]));

  let title: string | null = null;
  let next = 0; // position in nonEmpty where the header scan starts
  const firstIndex = nonEmpty[0] ?? 0;
  const first = normalizeWhitespace(lines[firstIndex] ?? '');
  if (first.length <= MAX_TITLE_CHARS && !classifyHeaderLine(first).isMeta) {
    title = first;
    next = 1;
  }

  const window = nonEmpty.slice(next, next + HEADER_WINDOW_LINES).map((index) => ({
    index,
    line: classifyHeaderLine(normalizeWhitespace(lines[index] ?? '')),
  }));
  const bodyStarts = window.findIndex(({ line }) => line.text.length > MAX_HEADER_LINE_CHARS);
  const candidates = bodyStarts === -1 ? window : window.slice(0, bodyStarts);
  const lastMeta = candidates.map(({ line }) => line.isMeta).lastIndexOf(true);
  const header = candidates.slice(0, lastMeta + 1).map(({ line }) => line);

  let dek: string | null = null;
  let byline: string | null = null;
  let publishedAt: string | null = null;
  let updatedAt: string | null = null;
  const stray: string[] = [];
  for (const line of header) {
    publishedAt ??= line.published ?? null;
    updatedAt ??= line.updated ?? null;
    byline ??= line.byline ?? null;
    if (!line.isMeta) {
      if (dek === null) dek = line.text;
      else stray.push(line.text);
    }
  }

  const headerEnd =
    lastMeta === -1 ? (nonEmpty[next] ?? lines.length) : (candidates[lastMeta]?.index ?? 0) + 1;
  const paragraphs = removeFurniture([
    ...stray,
    ...splitParagraphs(lines.slice(headerEnd).join('\n')),
  ]);
  return buildArticle(
    { title, dek, url: null, source: null, byline, publishedAt, updatedAt, paragraphs },
    meta,
  );
}
