import { describe, expect, it } from 'vitest';
import { findQuotes, quoteText } from './find-quotes.js';
import { splitParagraphs } from './split-sentences.js';

const quotesOf = (text: string): string[] => findQuotes(text, splitParagraphs(text)).map((q) => quoteText(text, q));

describe('findQuotes', () => {
  it('finds straight and curly quotes', () => {
    expect(quotesOf('He said "one two." She said “three four.”')).toEqual(['one two.', 'three four.']);
  });
  it('keeps nested single quotes inside', () => {
    expect(quotesOf('“They told us, ‘wait,’ and we did,” she said.')).toEqual(['They told us, ‘wait,’ and we did,']);
  });
  it('joins a quote that runs over paragraphs', () => {
    const text = '"First part of it.\n\n"Second part," he said.';
    const qs = findQuotes(text, splitParagraphs(text));
    expect(qs).toHaveLength(1);
    expect(quoteText(text, qs[0]!)).toBe('First part of it. Second part,');
  });
  it('closes an unbalanced quote at the paragraph end', () => {
    expect(quotesOf('A "dangling quote here\n\nNext paragraph.')).toEqual(['dangling quote here']);
  });
});
