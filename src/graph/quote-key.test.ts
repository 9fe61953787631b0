import { describe, expect, it } from 'vitest';
import { normalizeQuote, quoteKey } from './quote-key.js';

describe('quoteKey', () => {
  it('is the same for the same words however punctuated, cased or spaced', () => {
    expect(quoteKey('ent-1', 'We are ready, and we will WIN!')).toBe(
      quoteKey('ent-1', 'we are ready -- and  we will win'),
    );
    expect(quoteKey('ent-1', 'We are ready.')).toBe('ent-1|we are ready');
  });

  it('differs by speaker and by words, and marks an unknown speaker', () => {
    expect(quoteKey('ent-1', 'We are ready')).not.toBe(quoteKey('ent-2', 'We are ready'));
    expect(quoteKey('ent-1', 'We are ready')).not.toBe(quoteKey('ent-1', 'We are not ready'));
    expect(quoteKey(null, 'Hello')).toBe('?|hello');
  });

  it('keeps long quotes index-friendly: a prefix and a hash of all the words', () => {
    const long = 'word '.repeat(200);
    const key = quoteKey('ent-1', long);
    expect(key.length).toBeLessThan(500);
    expect(key).not.toBe(quoteKey('ent-1', `${long} more`));
    expect(normalizeQuote('Don’t  stop — “now”')).toBe('dont stop now');
  });
});
