// Zero-width characters and the soft hyphen are invisible in a page but split words in text.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Control characters other than whitespace never belong in article text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/**
 * One line of clean text: invisible characters removed, every run of whitespace (including
 * newlines, tabs and no-break spaces) turned into one space, trimmed. Punctuation is kept as is.
 */
export function normalizeWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}
