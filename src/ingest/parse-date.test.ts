import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date.js';

describe('parseDate', () => {
  it.each([
    ['2026-02-18T16:30:00-07:00', '2026-02-18T23:30:00.000Z'],
    ['2026-02-18T16:30:00Z', '2026-02-18T16:30:00.000Z'],
    ['2026-02-18T16:30:00', '2026-02-18T16:30:00.000Z'],
    ['2026-02-18', '2026-02-18T00:00:00.000Z'],
    ['Wed, 18 Feb 2026 16:30:00 +0100', '2026-02-18T15:30:00.000Z'],
    ['March 9, 2026 6:12am', '2026-03-09T06:12:00.000Z'],
    ['Sept. 24, 2026 2:20 p.m. ET', '2026-09-24T18:20:00.000Z'],
    ['Jan. 5, 2026 2:20 p.m. ET', '2026-01-05T19:20:00.000Z'],
    ['July 4, 2026 9:00 PM PDT', '2026-07-05T04:00:00.000Z'],
    ['Dec 1, 2025 10:00 CST', '2025-12-01T16:00:00.000Z'],
    [1767225600, '2026-01-01T00:00:00.000Z'],
    [1767225600000, '2026-01-01T00:00:00.000Z'],
    ['1767225600', '2026-01-01T00:00:00.000Z'],
  ])('reads %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each(['', 'Monday', '3 hours ago', 'not a date', 'May 6'])('gives null for %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('does not depend on the machine time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Tokyo';
      expect(parseDate('March 9, 2026 6:12am')).toBe('2026-03-09T06:12:00.000Z');
      expect(parseDate('March 9, 2026')).toBe('2026-03-09T00:00:00.000Z');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
