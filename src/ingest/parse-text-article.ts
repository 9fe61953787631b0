import type { Article } from '../model/article.js';
import type { ArticleMeta } from './article-meta.js';
import { buildArticle } from './build-article.js';
import { checkTextContent } from './check-text-content.js';
import { cleanByline } from './clean-byline.js';
import { findDate } from './find-date.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { removeFurniture } from './remove-furniture.js';
import { splitParagraphs } from './split-paragraphs.js';

/** Lines after the title searched for the dek, byline and date lines. */
const HEADER_WINDOW_LINES = 8;
/** A first line longer than this is a paragraph, not a title. */
const MAX_TITLE_CHARS = 300;
/** Header lines (dek, byline, date) are shorter than this; a longer line starts the body. */
const MAX_HEADER_LINE_CHARS = 600;
const MAX_BYLINE_WORDS = 12;

/** Lower-case words allowed in a byline between names ("By Courier staff and wire reports"). */
const BYLINE_WORDS = new Set([
  'and', 'staff', 'wire', 'reports', 'reporters', 'reporter', 'writer', 'writers', 'correspondent',
  'editor', 'of', 'the', 'de', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la',
  'le', 'bin', 'al', 'y', 'with', 'in', 'for',
]);
const DATE_LABEL =
  /^(published|posted|updated|last updated|last modified|modified|originally published|first published|date)\b(\s+(on|at))?\s*[:-]?\s*/i;

interface HeaderLine {
  text: string;
  /** True for a byline or date line; false for anything else (the dek, a caption...). */
  isMeta: boolean;
  published?: string;
  updated?: string;
  byline?: string;
}

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

  const headerEnd = lastMeta === -1 ? (nonEmpty[next] ?? lines.length) : (candidates[lastMeta]?.index ?? 0) + 1;
  const paragraphs = removeFurniture([...stray, ...splitParagraphs(lines.slice(headerEnd).join('\n'))]);
  return buildArticle({ title, dek, url: null, source: null, byline, publishedAt, updatedAt, paragraphs }, meta);
}

/** Reads a line under the title as a byline and/or date line ("By X | June 8, 2026"), or not. */
function classifyHeaderLine(text: string): HeaderLine {
  const result: HeaderLine = { text, isMeta: true };
  for (const part of text.split(/\s+[|·•]\s+/)) {
    const date = findDate(part);
    const byline = /^by\s/i.test(part) ? cleanByline(part) : null;
    if (byline !== null && looksLikeNames(byline)) {
      result.byline ??= byline;
      if (date !== null) result.published ??= date.iso;
      continue;
    }
    const label = DATE_LABEL.exec(part);
    if (date === null || !(label !== null || isOnlyDate(part, date.text))) return { text, isMeta: false };
    if (label !== null && /updated|modified/i.test(label[1] ?? '')) result.updated ??= date.iso;
    else result.published ??= date.iso;
  }
  return result;
}

/** True when nothing but filler surrounds the date ("Monday, June 8, 2026 at 4 p.m. ET"). */
function isOnlyDate(text: string, dateText: string): boolean {
  const rest = text
    .replace(dateText, ' ')
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/gi, ' ')
    .replace(/\b(on|at|am|pm|a\.m\.|p\.m\.|[A-Z]{1,2}[SD]?T|UTC|GMT)\b/g, ' ')
    .replace(/[\s,|·•—–\-:.()]+/g, '');
  return rest.length <= 2;
}

function looksLikeNames(text: string): boolean {
  const words = text.split(/[\s,]+/).filter((w) => w.length > 0);
  return (
    words.length > 0 &&
    words.length <= MAX_BYLINE_WORDS &&
    words.some((w) => /^\p{Lu}/u.test(w)) &&
    words.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || BYLINE_WORDS.has(w.toLowerCase()))
  );
}
