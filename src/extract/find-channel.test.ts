import { describe, expect, it } from 'vitest';
import { findChannel } from './find-channel.js';

describe('findChannel', () => {
  it('reads statements, letters and platforms', () => {
    expect(findChannel(' in a statement that the').channel).toBe('in a statement');
    expect(findChannel(' on Facebook that').channel).toBe('on Facebook');
    expect(findChannel(' in a letter to the board').channel).toBe('in a letter');
  });
  it('returns null when no channel follows', () => {
    expect(findChannel(' the plan would fail').channel).toBeNull();
  });
});
