const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'a', 'an', '&']);

/**
 * The acronym of a multi-word organization name, lower case: the initials of its words
 * without minor words ("Federal Bureau of Investigation" -> "fbi"). Null for names of fewer
 * than two significant words, whose acronym would say nothing.
 */
export function nameAcronym(name: string): string | null {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w !== '' && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return null;
  return words
    .map((w) => w[0])
    .join('')
    .toLowerCase();
}

/** True when a name is written as an acronym: one token of 2 to 6 capitals or digits, dots allowed ("FBI", "U.N."). */
export function isAcronym(name: string): boolean {
  return /^(?:[A-Z0-9]\.?){2,6}$/.test(name.trim()) && /[A-Z]/.test(name);
}
