import { describe, expect, it } from 'vitest';
import type { SearchParams } from './parse-route.js';
import { searchFilter } from './search-filter.js';

const base: SearchParams = { q: '', mode: 'speaker', kind: '', source: '', from: '', to: '' };

describe('searchFilter', () => {
  it('sends the words to the field chosen by mode', () => {
    expect(searchFilter({ ...base, q: 'Lovelace' })).toEqual({ speaker: 'Lovelace' });
    expect(searchFilter({ ...base, q: 'engines', mode: 'about' })).toEqual({ about: 'engines' });
    expect(searchFilter({ ...base, q: 'numbers', mode: 'text' })).toEqual({ text: 'numbers' });
  });

  it('leaves unset fields out and makes whole UTC days of the dates', () => {
    expect(searchFilter(base)).toEqual({});
    expect(
      searchFilter({
        ...base,
        kind: 'INDIRECT',
        source: 'Gazette',
        from: '2024-02-01',
        to: '2024-02-29',
      }),
    ).toEqual({
      kind: 'INDIRECT',
      source: 'Gazette',
      from: '2024-02-01T00:00:00.000Z',
      to: '2024-02-29T23:59:59.999Z',
    });
  });
});
