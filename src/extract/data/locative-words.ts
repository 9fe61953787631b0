/** Words before a name that mark it as a place ("in Dayton", "near the border", "toward Ohio"). */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'from',
  'near',
  'across',
  'outside',
  'throughout',
  'around',
  'toward',
  'into',
  'through',
]);
