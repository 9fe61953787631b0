import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../model/article.js';
import type { ArticleMeta } from './article-meta.js';
import { buildArticle } from './build-article.js';
import { checkTextContent } from './check-text-content.js';
import { cleanByline } from './clean-byline.js';
import { IngestError } from './ingest-error.js';
import { htmlParagraphs } from './html-paragraphs.js';
import { normalizeWhitespace } from './normalize-whitespace.js';
import { parseDate } from './parse-date.js';
import { removeFurniture } from './remove-furniture.js';
import { splitParagraphs } from './split-paragraphs.js';
import { stripHeaderParagraphs } from './strip-header-paragraphs.js';

const DEK =
  '.dek, .deck, .standfirst, .subtitle, .subhead, .sub-headline, .article-summary, .summary, [itemprop="alternativeHeadline"], [itemprop="description"]';
const BYLINE = '[itemprop="author"], [rel="author"], .byline, .author, .byline-name';
const TITLE_SUFFIX = /^(.*\S)\s+[|–—-]\s+([^|–—]{2,80})$/;

type Doc = ReturnType<typeof parseHTML>['document'];
type El = NonNullable<ReturnType<Doc['querySelector']>>;
type JsonObject = Record<string, unknown>;

/**
 * Reads a saved news page. Readability (the engine of Firefox Reader View) finds the article;
 * title, dek, byline, source, dates and canonical url come from the page's metadata (JSON-LD
 * NewsArticle, Open Graph and article: meta tags, `<time datetime>`, `<link rel=canonical>`),
 * falling back to what Readability saw. Body = the article's paragraphs joined by "\n\n",
 * without the byline/date lines and page furniture. Throws IngestError (EMPTY_INPUT,
 * BINARY_INPUT, TOO_LARGE, NO_ARTICLE).
 */
export function parseHtmlArticle(content: string, meta: ArticleMeta = {}): Article {
  const file = meta.file ?? '<input>';
  checkTextContent(content, file);
  let document: Doc;
  try {
    document = parseHTML(content).document;
  } catch (cause) {
    throw new IngestError('NO_ARTICLE', file, 'the HTML could not be parsed', { cause });
  }

  // Metadata first: Readability rewrites the document as it works.
  const ld = findJsonLdArticle(document);
  const pageTitle = text(document.querySelector('title'));
  const h1 = text(document.querySelector('[itemprop="headline"], article h1, main h1'));
  // A dek shown on the page is cut from the body; a description from metadata only fills the
  // field, as some sites describe a page with its first paragraph.
  const shownDek = text(
    document.querySelector('article')?.querySelector(DEK) ?? document.querySelector(DEK),
  );
  const describedDek =
    metaContent(document, 'og:description', 'description') ?? str(ld?.['description']);
  const bylineText =
    names(ld?.['author']) ??
    metaContent(document, 'author', 'article:author', 'parsely-author') ??
    text(document.querySelector(BYLINE));
  const published =
    parseDate(str(ld?.['datePublished'])) ??
    parseDate(
      metaContent(
        document,
        'article:published_time',
        'og:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date.issued',
        'parsely-pub-date',
        'sailthru.date',
      ),
    ) ??
    parseDate(timeOf(document.querySelector('[itemprop="datePublished"]'))) ??
    parseDate(
      timeOf(document.querySelector('article time[datetime], time[pubdate], time[datetime]')),
    );
  const updated =
    parseDate(str(ld?.['dateModified'])) ??
    parseDate(
      metaContent(
        document,
        'article:modified_time',
        'og:updated_time',
        'dateModified',
        'last-modified',
      ),
    ) ??
    parseDate(timeOf(document.querySelector('[itemprop="dateModified"]')));
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    metaContent(document, 'og:url') ??
    str(ld?.['url']) ??
    str((ld?.['mainEntityOfPage'] as JsonObject | undefined)?.['@id']);
  let source =
    metaContent(document, 'og:site_name', 'application-name') ?? names(ld?.['publisher']);

  let readable: {
    title?: string | null;
    byline?: string | null;
    siteName?: string | null;
    publishedTime?: string | null;
    content?: El | null;
  } | null;
  try {
    brToNewline(document);
    readable = new Readability<El>(document as unknown as Document, {
      serializer: (node) => node as unknown as El,
    }).parse();
  } catch (cause) {
    throw new IngestError('NO_ARTICLE', file, 'no article found in the HTML', { cause });
  }

  let title =
    h1 ??
    str(ld?.['headline']) ??
    metaContent(document, 'og:title') ??
    text(readable?.title) ??
    pageTitle;
  source ??= text(readable?.siteName) ?? siteFromTitle(pageTitle, title);
  if (title !== null) title = withoutSiteSuffix(title, source);

  let found = readable?.content ? htmlParagraphs(readable.content) : [];
  if (found.length === 0) found = splitParagraphs(str(ld?.['articleBody']) ?? '');
  const header = stripHeaderParagraphs(found.filter((p) => p !== title && p !== shownDek));
  const described = describedDek === null ? null : normalizeWhitespace(describedDek);
  const dek =
    shownDek ?? (described !== null && header.paragraphs[0] !== described ? described : null);
  const byline = cleanByline(bylineText ?? readable?.byline ?? '') ?? header.byline;

  return buildArticle(
    {
      title,
      dek,
      url,
      source,
      byline,
      publishedAt: published ?? parseDate(readable?.publishedTime) ?? header.publishedAt,
      updatedAt: updated ?? header.updatedAt,
      paragraphs: removeFurniture(header.paragraphs),
    },
    meta,
  );
}

/** `<br><br>` separates paragraphs in some pages: keep it as a line break in the text. */
function brToNewline(document: Doc): void {
  for (const br of document.querySelectorAll('br')) br.replaceWith(document.createTextNode('\n'));
}

function findJsonLdArticle(document: Doc): JsonObject | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        const types = ([] as unknown[]).concat(item['@type']);
        if (types.some((t) => typeof t === 'string' && /Article|BlogPosting|Report/i.test(t)))
          return item;
        if (Array.isArray(item['@graph'])) queue.push(...(item['@graph'] as unknown[]));
      }
    }
  }
  return null;
}

function metaContent(document: Doc, ...names: string[]): string | null {
  for (const name of names) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const value = document
        .querySelector(`meta[${attribute}="${name}" i]`)
        ?.getAttribute('content');
      if (value && value.trim() !== '') return value.trim();
    }
  }
  return null;
}

function timeOf(element: El | null): string | null {
  if (element === null) return null;
  return element.getAttribute('datetime') ?? element.getAttribute('content') ?? text(element);
}

function text(value: El | string | null | undefined): string | null {
  const raw = typeof value === 'string' ? value : (value?.textContent ?? null);
  if (raw === null) return null;
  const clean = normalizeWhitespace(raw);
  return clean.length > 0 ? clean : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The name(s) in a JSON-LD author or publisher: a string, `{name}`, or a list of them. */
function names(value: unknown): string | null {
  const list = ([] as unknown[]).concat(value ?? []);
  const found = list
    .map((item) => (isObject(item) ? str(item['name']) : str(item)))
    .filter((n): n is string => n !== null);
  return found.length > 0 ? found.join(', ') : null;
}

/** "Headline - Site Name" in `<title>` names the site when the headline part is the title. */
function siteFromTitle(pageTitle: string | null, title: string | null): string | null {
  const match = pageTitle === null ? null : TITLE_SUFFIX.exec(pageTitle);
  if (!match || title === null) return null;
  return match[1] === title ? (match[2]?.trim() ?? null) : null;
}

function withoutSiteSuffix(title: string, source: string | null): string {
  const match = TITLE_SUFFIX.exec(title);
  return match && source !== null && match[2]?.trim().toLowerCase() === source.toLowerCase()
    ? (match[1] ?? title)
    : title;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
