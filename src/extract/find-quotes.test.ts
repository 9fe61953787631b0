import { describe, expect, it } from 'vitest';
import { findQuotes, quoteText } from './find-quotes.js';
import { splitParagraphs } from './split-sentences.js';

const quotesOf = (text: string): string[] =>
  findQuotes(text, splitParagraphs(text)).map((q) => quoteText(text, q));

describe('findQuotes', () => {
  it('finds straight and curly quotes', () => {
    expect(quotesOf('He said "one two." She said “three four.”')).toEqual([
      'one two.',
      'three four.',
    ]);
  });
  it('keeps nested single quotes inside', () => {
    expect(quotesOf('“They told us, ‘wait,’ and we did,” she said.')).toEqual([
      'They told us, ‘wait,’ and we did,',
    ]);
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
  it('reads British single quotes where a paragraph has no double ones', () => {
    expect(quotesOf("'We won't give up,' Ms Reed said. 'Not now.'")).toEqual([
      "We won't give up,",
      'Not now.',
    ]);
    expect(quotesOf('He called it ‘a fantasy’ and left.')).toEqual(['a fantasy']);
  });
  it('tells apostrophes from single quotes', () => {
    expect(quotesOf("Smith's team in the '90s didn't lose.")).toEqual([]);
    expect(quotesOf("'Blaming the '70s is easy for today's ministers,' she said.")).toEqual([
      "Blaming the '70s is easy for today's ministers,",
    ]);
    expect(quotesOf("'Ask the players' union what it thinks,' he said.")).toEqual([
      "Ask the players' union what it thinks,",
    ]);
  });
});
