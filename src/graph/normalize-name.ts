/**
 * The comparable form of a name, used for entity keys and alias matching: diacritics removed,
 * lower case, periods and apostrophes dropped ("U.S." -> "us", "O'Brien" -> "obrien"), "&" read
 * as "and", any other run of non-letters/digits as one space, and a leading "the" dropped
 * ("The Associated Press" -> "associated press"). Returns '' when nothing is left.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the (?=\S)/, '');
}
