import type { Span } from './split-sentences.js';

/** A quotation in the body: one or more text segments (several for a multi-paragraph quote). */
export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when unclosed). */
  close: number;
  /** The quoted text spans, marks excluded; several for a quote running over paragraphs. */
  segments: Span[];
  /** Index of the paragraph where the quote ends. */
  paragraph: number;
  /** Index of the paragraph where the quote starts. */
  firstParagraph: number;
}

const OPENERS_BEFORE = /[\s([{—–\-/:]/u;

/**
 * Finds double quotations (straight " and curly “ ”) paragraph by paragraph. Single quotes
 * are nested quotes or apostrophes and are left inside. A paragraph whose quote is never
 * closed continues into the next paragraph when that one opens with a quote mark (the
 * newspaper convention for a quote running over paragraphs).
 */
export function findQuotes(text: string, paragraphs: Span[]): Quote[] {
  const quotes: Quote[] = [];
  let carry: Quote | null = null;
  paragraphs.forEach((p, pi) => {
    let openAt = -1;
    let segStart = -1;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      if (ch !== '"' && ch !== '“' && ch !== '”') continue;
      if (openAt < 0) {
        const prev = i === p.start ? ' ' : (text[i - 1] ?? ' ');
        if (ch === '”' || (ch === '"' && !OPENERS_BEFORE.test(prev) && i !== p.start)) continue;
        if (carry && i === p.start) {
          openAt = carry.open;
          segStart = i + 1;
          continue;
        }
        carry = null;
        openAt = i;
        segStart = i + 1;
      } else {
        if (ch === '“') continue;
        const segments: Span[] = carry && carry.open === openAt ? [...carry.segments] : [];
        segments.push({ start: segStart, end: i });
        quotes.push({ open: openAt, close: i + 1, segments, paragraph: pi, firstParagraph: carry?.open === openAt ? carry.firstParagraph : pi });
        carry = null;
        openAt = -1;
      }
    }
    if (openAt >= 0) {
      // Unclosed at the paragraph end: carries on if the next paragraph opens with a quote mark.
      const segments: Span[] = carry && carry.open === openAt ? [...carry.segments] : [];
      segments.push({ start: segStart, end: p.end });
      const q: Quote = { open: openAt, close: p.end, segments, paragraph: pi, firstParagraph: carry?.open === openAt ? carry.firstParagraph : pi };
      const next = paragraphs[pi + 1];
      const nextCh = next ? text[next.start] : undefined;
      if (nextCh === '"' || nextCh === '“') carry = q;
      else {
        carry = null;
        quotes.push(q);
      }
    } else carry = null;
  });
  if (carry) quotes.push(carry);
  return quotes;
}

/** The quoted words of a quote, segments joined by a space. */
export function quoteText(text: string, q: Quote): string {
  return q.segments.map((s) => text.slice(s.start, s.end).trim()).join(' ');
}
