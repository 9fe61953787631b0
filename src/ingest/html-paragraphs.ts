import { normalizeWhitespace } from './normalize-whitespace.js';

/** Elements whose text is one paragraph of an article. */
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, dd';
/** Page parts whose text is never the article's, even inside the article element. */
const NOT_ARTICLE =
  'nav, aside, footer, header, form, button, figure, figcaption, noscript, script, style, template, [aria-hidden="true"]';

/** The subset of a DOM element this needs (linkedom's and the browser's both fit). */
interface BlockElement {
  textContent: string | null;
  querySelectorAll(selector: string): Iterable<BlockElement>;
  querySelector(selector: string): BlockElement | null;
  closest(selector: string): BlockElement | null;
  remove(): void;
}

/**
 * The clean paragraphs of an article element: the text of each innermost block element
 * (p, li, blockquote, h2...) in document order, skipping navigation, asides, figures and
 * captions (removed from `root` when it has no block elements and its bare text is used).
 * Newlines in the markup are spaces; only a blank line (`<br><br>`, once `<br>`
 * elements are made text newlines, as callers do) splits an element into paragraphs.
 */
export function htmlParagraphs(root: BlockElement): string[] {
  const paragraphs: string[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    if (element.closest(NOT_ARTICLE) !== null || element.querySelector(BLOCKS) !== null) continue;
    paragraphs.push(...blankLineParagraphs(element.textContent ?? ''));
  }
  if (paragraphs.length > 0) return paragraphs;
  for (const element of [...root.querySelectorAll(NOT_ARTICLE)]) element.remove();
  return blankLineParagraphs(root.textContent ?? '');
}

function blankLineParagraphs(text: string): string[] {
  return text
    .split(/\n[^\S\n]*\n/)
    .map(normalizeWhitespace)
    .filter((p) => p.length > 0);
}
