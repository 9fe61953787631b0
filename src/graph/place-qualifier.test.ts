import { describe, expect, it } from 'vitest';
import { placeQualifier } from './place-qualifier.js';

describe('placeQualifier', () => {
  it('reads Georgia as the country among other countries', () => {
    expect(placeQualifier('georgia', ['russia', 'armenia'])).toBe('country');
  });

  it('reads Georgia as the US state among US states, and by default', () => {
    expect(placeQualifier('georgia', ['alabama', 'russia', 'florida'])).toBe('us-state');
    expect(placeQualifier('georgia', ['united states'])).toBe('us-state');
    expect(placeQualifier('georgia', [])).toBe('us-state');
  });

  it('leaves names that are not shared by a state and a country alone', () => {
    expect(placeQualifier('texas', ['russia'])).toBeNull();
    expect(placeQualifier('france', [])).toBeNull();
  });
});
