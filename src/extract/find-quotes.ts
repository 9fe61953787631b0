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
const CLOSERS_AFTER = /[\s.,;:!?)\]}—–-]/u;
// "'70s", "'em", "'til": an apostrophe of elision, not an opening quote.
const ELISION = /^(?:\d0s|\d\d\b|em\b|til\b|cause\b|n\b|tis\b)/u;

/** Which marks quote in a paragraph: double quotes, or (British style) single quotes when it has no double ones. */
interface Marks {
  isMark(ch: string): boolean;
  /** Mark at `i` can open a quote. */
  opens(text: string, i: number, p: Span): boolean;
  /** Mark at `i` can close the quote open since `openAt`. */
  closes(text: string, i: number, p: Span): boolean;
}

const DOUBLE: Marks = {
  isMark: (ch) => ch === '"' || ch === '“' || ch === '”',
  opens: (text, i, p) => {
    const ch = text[i];
    const prev = i === p.start ? ' ' : (text[i - 1] ?? ' ');
    return ch === '“' || (ch === '"' && (OPENERS_BEFORE.test(prev) || i === p.start));
  },
  closes: (text, i) => text[i] !== '“',
};

const SINGLE: Marks = {
  isMark: (ch) => ch === "'" || ch === '‘' || ch === '’',
  opens: (text, i, p) => {
    const ch = text[i];
    const prev = i === p.start ? ' ' : (text[i - 1] ?? ' ');
    const next = text[i + 1] ?? ' ';
    if (ch === '’' || !(OPENERS_BEFORE.test(prev) || i === p.start) || /\s/u.test(next))
      return false;
    return !ELISION.test(text.slice(i + 1, i + 5));
  },
  closes: (text, i, p) => {
    const ch = text[i];
    if (ch === '‘') return false;
    const prev = text[i - 1] ?? ' ';
    const next = i + 1 >= p.end ? ' ' : (text[i + 1] ?? ' ');
    if (/\s/u.test(prev) || !CLOSERS_AFTER.test(next)) return false;
    // "the players' union": a plural possessive when the quote can still close later on,
    // before another quote opens ("was 'nervous' but added: '...'" closes here).
    if (prev === 's' && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3))) {
      for (let j = i + 1; j < p.end; j++) {
        if (!SINGLE.isMark(text[j] ?? '')) continue;
        if (SINGLE.opens(text, j, p)) break;
        if (
          SINGLE.closes(text, j, { start: p.start, end: p.end }) &&
          !/^s\s\p{Ll}/u.test(text.slice(j - 1, j + 3))
        )
          return false;
      }
    }
    return true;
  },
};

/**
 * Finds quotations paragraph by paragraph: double quotes (straight " and curly “ ”), or, in
 * a paragraph without any, single quotes (‘ ’ and ', the British convention) told apart
 * from apostrophes (don't, Smith's, '90s) by what stands on either side. A paragraph whose
 * quote is never closed continues into the next paragraph when that one opens with a quote
 * mark (the newspaper convention for a quote running over paragraphs).
 */
export function findQuotes(text: string, paragraphs: Span[]): Quote[] {
  const quotes: Quote[] = [];
  let carry: Quote | null = null;
  paragraphs.forEach((p, pi) => {
    const marks = /["“”]/u.test(text.slice(p.start, p.end)) ? DOUBLE : SINGLE;
    let openAt = -1;
    let segStart = -1;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i] ?? '';
      if (!marks.isMark(ch)) continue;
      if (openAt < 0) {
        if (!marks.opens(text, i, p)) continue;
        if (carry && i === p.start) {
          openAt = carry.open;
          segStart = i + 1;
          continue;
        }
        carry = null;
        openAt = i;
        segStart = i + 1;
      } else {
        if (!marks.closes(text, i, p)) continue;
        const segments: Span[] = carry && carry.open === openAt ? [...carry.segments] : [];
        segments.push({ start: segStart, end: i });
        quotes.push({
          open: openAt,
          close: i + 1,
          segments,
          paragraph: pi,
          firstParagraph: carry?.open === openAt ? carry.firstParagraph : pi,
        });
        carry = null;
        openAt = -1;
      }
    }
    if (openAt >= 0) {
      // Unclosed at the paragraph end: carries on if the next paragraph opens with a quote mark.
      const segments: Span[] = carry && carry.open === openAt ? [...carry.segments] : [];
      segments.push({ start: segStart, end: p.end });
      const q: Quote = {
        open: openAt,
        close: p.end,
        segments,
        paragraph: pi,
        firstParagraph: carry?.open === openAt ? carry.firstParagraph : pi,
      };
      const next = paragraphs[pi + 1];
      const nextCh = next ? (text[next.start] ?? '') : '';
      if (
        nextCh === '"' ||
        nextCh === '“' ||
        (marks === SINGLE && (nextCh === '‘' || nextCh === "'"))
      )
        carry = q;
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
