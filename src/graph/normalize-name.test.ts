import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name.js';

describe('normalizeName', () => {
  it.each([
    ['Donald J. Trump', 'donald j trump'],
    ['U.S.', 'us'],
    ["O'Brien", 'obrien'],
    ['  José   Álvarez ', 'jose alvarez'],
    ['The Associated Press', 'associated press'],
    ['AT&T', 'at and t'],
    ['Winston-Salem', 'winston salem'],
    ['The', 'the'],
    ['...', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});
