import { MASKED_DOT } from './split-sentences.js';

/**
 * Datelines: "WASHINGTON —", "LA PELL, Wis. (AP) —", "VERANO, Lithva, June 4 (Reuters) -",
 * "RANCHI:". An upper-case place, then its state or country, a date and the agency (each
 * optional), then a dash (or a colon). Words news desks put there that are not places
 * ("BREAKING —") do not count.
 */
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\p{Ll}*\\.?';
const DATELINE = new RegExp(
  "^\\s*(?<city>\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu}\\.?)" +
    `(?:,\\s*(?!${MONTH}\\s)(?<region>\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2}))?` +
    `(?:,\\s*${MONTH}\\s+\\d{1,2})?` +
    // A dash, or a colon before a capital as Indian papers write it ("RANCHI: Jharkhand is ...").
    '\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:[—–-]{1,2}\\s*|:\\s+(?=\\p{Lu}))',
  'du',
);
const NOT_PLACES = new Set([
  'BREAKING',
  'UPDATE',
  'UPDATED',
  'CORRECTION',
  'EXCLUSIVE',
  'ANALYSIS',
  'OPINION',
  'LIVE',
  'WATCH',
  'VIDEO',
  'PHOTOS',
  'PHOTO',
  'NOTE',
  'WARNING',
  'RELATED',
  'READ MORE',
  'ALSO READ',
  'FILE',
  "EDITOR'S NOTE",
  'EDITOR’S NOTE',
]);

export interface Dateline {
  /** Length of the dateline with the dash and the spaces after it. */
  length: number;
  city: { start: number; end: number };
  region: { start: number; end: number } | null;
}

/** The dateline opening `line` (a paragraph's text from its start), or null. */
export function datelineOf(line: string): Dateline | null {
  // Statement finding masks abbreviations' periods ("Neb․"); read them as periods here.
  const m = DATELINE.exec(line.slice(0, 100).replaceAll(MASKED_DOT, '.'));
  const city = m?.indices?.groups?.city;
  if (!m || !city || NOT_PLACES.has(m.groups?.city ?? '')) return null;
  const region = m.indices?.groups?.region;
  return {
    length: m[0].length,
    city: { start: city[0], end: city[1] },
    region: region ? { start: region[0], end: region[1] } : null,
  };
}
