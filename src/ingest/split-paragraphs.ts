import { normalizeWhitespace } from './normalize-whitespace.js';

/**
 * Splits plain text into clean paragraphs. Paragraphs are separated by blank lines and a
 * single newline inside one is a soft wrap; text with no blank line at all has one paragraph
 * per line (the way some pages copy). Empty paragraphs are dropped.
 */
export function splitParagraphs(text: string): string[] {
  const unified = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[^\S\n]*\n/.test(unified) ? unified.split(/\n[^\S\n]*\n/) : unified.split('\n');
  return blocks.map(normalizeWhitespace).filter((p) => p.length > 0);
}
