import { LEXICON, foldKey } from './lexicon.js';

/** A word of the text with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** `foldKey(text)` without a trailing possessive. */
  key: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case. */
  allCaps: boolean;
  /** Ends in a possessive "'s" (kept in text, dropped from key). */
  possessive: boolean;
}

// Dotted abbreviations ("U.S.", "D.C.", "W.Va.", "a.m.") or words with inner apostrophes/hyphens.
const TOKEN_RE =
  /(?:\p{L}{1,3}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-&][\p{L}\p{M}\p{N}]+)*|(?<=\s)&(?=\s)/gu;
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'lt',
  'gen',
  'col',
  'capt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'maj',
  'prof',
  'rev',
  'st',
  'sta',
  'sto',
  'jr',
  'sr',
  'inc',
  'co',
  'corp',
  'ltd',
  'no',
  'vs',
  'mt',
  'ft',
  'dept',
  'gov',
  'atty',
  'supt',
  'ave',
  'blvd',
  'rd',
  'hon',
  'messrs',
  'mx',
  ...[
    'ala',
    'ariz',
    'ark',
    'calif',
    'colo',
    'conn',
    'del',
    'fla',
    'ga',
    'ill',
    'ind',
    'kan',
    'kans',
    'ky',
    'la',
    'md',
    'mass',
    'mich',
    'minn',
    'miss',
    'mo',
    'mont',
    'neb',
    'nev',
    'okla',
    'ore',
    'pa',
    'tenn',
    'va',
    'vt',
    'wash',
    'wis',
    'wyo',
  ],
]);

/**
 * True when a politician's party letter stands right before offset `at`: "Rep. Jo Mays,
 * R-Joplin,", "(D-St. Louis)". The hometown after it is a word of its own.
 */
export function afterPartyLetter(text: string, at: number): boolean {
  return (
    /[,(]\s*[RDI]-$/.test(text.slice(Math.max(0, at - 5), at)) && /\p{Lu}/u.test(text[at] ?? '')
  );
}

/** Splits `text` into word tokens; a known abbreviation keeps its period ("Sen.", "Calif."). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let word = m[0];
    let start = m.index;
    // "R-Joplin": the party letter is no part of the hometown.
    if (word.length > 2 && afterPartyLetter(text, start + 2)) {
      word = word.slice(2);
      start += 2;
    }
    const bare = foldKey(word);
    const single = word.length === 1 && /\p{Lu}/u.test(word);
    if (
      text[start + word.length] === '.' &&
      (ABBREVIATIONS.has(bare) || single) &&
      /\p{Lu}/u.test(word[0] ?? '')
    ) {
      word += '.';
    }
    const possessive = /['’]s$/u.test(word) && word.length > 2;
    const keyWord = possessive ? word.slice(0, -2) : word;
    const first = word[0] ?? '';
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      key: foldKey(keyWord),
      cap: /\p{Lu}/u.test(first) || (/\p{N}/u.test(first) && /^\d+(st|nd|rd|th)$/.test(word)),
      allCaps:
        /^[\p{Lu}\p{N}.&'’-]+$/u.test(keyWord) && (keyWord.match(/\p{Lu}/gu)?.length ?? 0) >= 2,
      possessive,
    });
  }
  return tokens;
}

/** True when the word is a title or role that can precede a name. */
export function isTitleWord(key: string): boolean {
  return LEXICON.personTitles.has(key);
}
