import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRoute, type SearchParams } from './parse-route.js';
import { routeHref } from './route-href.js';

const defaults: SearchParams = { q: '', mode: 'speaker', kind: '', source: '', from: '', to: '' };

describe('parseRoute', () => {
  it('reads the empty hash as the overview', () => {
    expect(parseRoute('')).toEqual({ page: 'overview' });
    expect(parseRoute('#/')).toEqual({ page: 'overview' });
  });

  it('decodes entity and article ids', () => {
    expect(parseRoute('#/entity/person%3Aada')).toEqual({ page: 'entity', id: 'person:ada' });
    expect(parseRoute('#/article/a1')).toEqual({ page: 'article', id: 'a1' });
  });

  it('reads search parameters and drops invalid values', () => {
    expect(
      parseRoute('#/search?q=%20tax%20&mode=about&kind=DIRECT&from=2024-01-02&to=nope'),
    ).toEqual({
      page: 'search',
      params: { ...defaults, q: 'tax', mode: 'about', kind: 'DIRECT', from: '2024-01-02' },
    });
    expect(parseRoute('#/search?mode=everything&kind=loud')).toEqual({
      page: 'search',
      params: defaults,
    });
  });

  it('reports unknown or malformed paths as not-found', () => {
    expect(parseRoute('#/nowhere').page).toBe('not-found');
    expect(parseRoute('#/entity').page).toBe('not-found');
    expect(parseRoute('#/entity/%E0%A4%A').page).toBe('not-found');
    expect(parseRoute('#/article/a/b').page).toBe('not-found');
  });
});

describe('routeHref', () => {
  it('round-trips entity ids through parseRoute', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        expect(parseRoute(routeHref({ page: 'entity', id }))).toEqual({ page: 'entity', id });
      }),
    );
  });

  it('round-trips search parameters through parseRoute', () => {
    const params = fc.record({
      q: fc.string().map((s) => s.trim()),
      mode: fc.constantFrom('speaker' as const, 'about' as const, 'text' as const),
      kind: fc.constantFrom('' as const, 'DIRECT' as const, 'INDIRECT' as const),
      source: fc.string().map((s) => s.trim()),
      from: fc.constantFrom('', '2023-05-06'),
      to: fc.constantFrom('', '2024-12-31'),
    });
    fc.assert(
      fc.property(params, (p) => {
        expect(parseRoute(routeHref({ page: 'search', params: p }))).toEqual({
          page: 'search',
          params: p,
        });
      }),
    );
  });

  it('omits defaults', () => {
    expect(routeHref({ page: 'search', params: { ...defaults, q: 'a b' } })).toBe('#/search?q=a+b');
  });
});
