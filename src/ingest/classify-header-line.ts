import { cleanByline } from './clean-byline.js';
import { findDate } from './find-date.js';

const MAX_BYLINE_WORDS = 12;
/** Lower-case words allowed in a byline between names ("By Courier staff and wire reports"). */
const BYLINE_WORDS = new Set([
  'and',
  'staff',
  'wire',
  'reports',
  'reporters',
  'reporter',
  'writer',
  'writers',
  'correspondent',
  'editor',
  'of',
  'the',
  'de',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'al',
  'y',
  'with',
  'in',
  'for',
]);
/** A reporter's job line under the byline: "Health Reporter", "Senior Political Correspondent". */
const JOB_LINE =
  /^(?:[\p{Lu}][\p{L}'’-]*\s+|and\s+|of\s+){0,4}(?:Reporter|Correspondent|Editor|Writer|Columnist|Journalist|Producer|Contributor)$/u;
const DATE_LABEL =
  /^(published|posted|updated|last updated|last modified|modified|originally published|first published|date)\b(\s+(on|at))?\s*[:-]?\s*/i;

/** What a line near the top of an article says about it. */
export interface HeaderLine {
  text: string;
  /** True for a byline or date line; false for anything else (the dek, a caption...). */
  isMeta: boolean;
  published?: string;
  updated?: string;
  byline?: string;
}

/**
 * Reads one line from the top of an article as a byline ("By Jane Doe"), a date line
 * ("Published: March 9, 2026 6:12am", "Updated on ...", a bare date) or several of them
 * joined by | or · ("By X | June 8, 2026"), or a reporter's job line ("Health Reporter",
 * meta too, with nothing to keep). `isMeta` is false for anything else, e.g.
 * "By the morning rush, ..." or a dek. Dates are ISO 8601 in UTC.
 */
export function classifyHeaderLine(text: string): HeaderLine {
  const result: HeaderLine = { text, isMeta: true };
  if (JOB_LINE.test(text.trim())) return result;
  for (const part of text.split(/\s+[|·•]\s+/)) {
    const date = findDate(part);
    const byline = /^by\s/i.test(part) ? cleanByline(part) : null;
    if (byline !== null && looksLikeNames(byline)) {
      result.byline ??= byline;
      if (date !== null) result.published ??= date.iso;
      continue;
    }
    const label = DATE_LABEL.exec(part);
    if (date === null || !(label !== null || isOnlyDate(part, date.text)))
      return { text, isMeta: false };
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
