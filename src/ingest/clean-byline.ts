import { findDate } from './find-date.js';
import { normalizeWhitespace } from './normalize-whitespace.js';

/** Longest byline kept; anything longer is a sentence, not a list of names. */
const MAX_BYLINE_CHARS = 150;

/**
 * The names of a byline as a page prints it: "By Jane Doe | June 8, 2026" -> "Jane Doe",
 * "By Ann Lee · Feb. 18, 2026, 4:30 p.m." -> "Ann Lee". Drops the leading "By", whatever follows
 * a separator (| · • — –) and a trailing date. Null when nothing (or something too long) is left.
 */
export function cleanByline(raw: string): string | null {
  let text = normalizeWhitespace(raw).replace(/^by\b[:\s]*/i, '');
  text = text.split(/\s+[|·•—–]\s*|\s+-\s+/)[0] ?? '';
  const date = findDate(text);
  if (date !== null && date.index > 0) text = text.slice(0, date.index);
  text = text
    .replace(/^[\s,;:|·•—–-]+|[\s,;:|·•—–-]+$/g, '')
    .replace(/\s+(on|at|updated|published)$/i, '');
  return text.length > 0 && text.length <= MAX_BYLINE_CHARS ? text : null;
}
