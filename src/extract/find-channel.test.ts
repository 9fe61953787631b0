import { describe, expect, it } from 'vitest';
import { findChannel } from './find-channel.js';

describe('findChannel', () => {
  it('reads statements, letters and platforms', () => {
    expect(findChannel(' in a statement that the').channel).toBe('in a statement');
    expect(findChannel(' on Facebook that').channel).toBe('on Facebook');
    expect(findChannel(' in a letter to the board').channel).toBe('in a letter');
  });
  it('never keeps the punctuation that ends the sentence or clause', () => {
    const cases: [string, string][] = [
      [' on Truth Social.', 'on Truth Social'],
      [' on X, adding that', 'on X'],
      [' in a statement.', 'in a statement'],
      [' in a post on X.', 'in a post on X'],
      [' in a letter to Gov. Jane Roe.', 'in a letter to Gov. Jane Roe'],
      [' in an interview with The Associated Press.', 'in an interview with The Associated Press'],
      [' at a news conference; she', 'at a news conference'],
    ];
    for (const [after, want] of cases) {
      const got = findChannel(after);
      expect(got.channel).toBe(want);
      expect(after.slice(0, got.length).trim()).toBe(want);
    }
  });
  it('returns null when no channel follows', () => {
    expect(findChannel(' the plan would fail').channel).toBeNull();
  });
});
