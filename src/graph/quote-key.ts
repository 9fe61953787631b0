import { createHash } from 'node:crypto';

/** Quotes longer than this keep a prefix plus a hash in their key, so keys stay index-friendly. */
const MAX_WORDS_CHARS = 400;

/** The words of a quote in comparable form: lower case, no diacritics, punctuation stripped, spaces collapsed. */
export function normalizeQuote(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The key that makes one Statement node per quote across outlets: the speaker's stored entity
 * id (`?` when the speaker is unknown), `|`, then the normalised words. Everything after the
 * first `|` depends on the words only, which mergeEntities relies on to re-key statements.
 */
export function quoteKey(speakerEntityId: string | null, text: string): string {
  const words = normalizeQuote(text);
  const shown =
    words.length <= MAX_WORDS_CHARS
      ? words
      : `${words.slice(0, MAX_WORDS_CHARS)}#${createHash('sha1').update(words).digest('hex')}`;
  return `${speakerEntityId ?? '?'}|${shown}`;
}
