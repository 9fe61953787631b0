import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlightSpans, type Span } from './highlight-spans.js';

const render = (blocks: ReturnType<typeof highlightSpans<string, string>>): string =>
  blocks
    .map((b) => {
      const inner = b.parts
        .map((p) => (p.inner === null ? p.text : `<${p.inner}>${p.text}</>`))
        .join('');
      return b.outer === null ? inner : `[${b.outer}:${inner}]`;
    })
    .join('');

describe('highlightSpans', () => {
  it('nests mentions inside statements', () => {
    const text = 'Ada said "Paris is lovely" today.';
    const statements: Span<string>[] = [{ start: 9, end: 26, value: 's1' }];
    const mentions: Span<string>[] = [
      { start: 0, end: 3, value: 'P' },
      { start: 10, end: 15, value: 'L' },
    ];
    expect(render(highlightSpans(text, statements, mentions))).toBe(
      '<P>Ada</> said [s1:"<L>Paris</> is lovely"] today.',
    );
  });

  it('splits a mention that crosses a statement boundary', () => {
    const blocks = highlightSpans(
      'abcdef',
      [{ start: 0, end: 3, value: 'S' }],
      [{ start: 2, end: 5, value: 'M' }],
    );
    expect(render(blocks)).toBe('[S:ab<M>c</>]<M>de</>f');
  });

  it('keeps adjacent statements apart and ignores invalid spans', () => {
    const blocks = highlightSpans(
      'aabb',
      [
        { start: 0, end: 2, value: 'S' },
        { start: 2, end: 4, value: 'S' },
        { start: 3, end: 9, value: 'X' },
      ],
      [{ start: 2, end: 2, value: 'E' }],
    );
    expect(blocks.map((b) => b.outer)).toEqual(['S', 'S']);
  });

  it('lets the earliest, then longest, of overlapping mentions win', () => {
    const mentions: Span<string>[] = [
      { start: 1, end: 3, value: 'short' },
      { start: 1, end: 5, value: 'long' },
      { start: 4, end: 6, value: 'late' },
    ];
    expect(render(highlightSpans('0123456', [], mentions))).toBe('0<long>1234</><late>5</>6');
  });

  it('always reproduces the text exactly', () => {
    const span = fc.record({
      start: fc.integer({ min: -2, max: 40 }),
      end: fc.integer({ min: -2, max: 40 }),
      value: fc.string(),
    });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.array(span),
        fc.array(span),
        (text, outer, inner) => {
          const blocks = highlightSpans(text, outer, inner);
          expect(blocks.flatMap((b) => b.parts.map((p) => p.text)).join('')).toBe(text);
          expect(blocks.every((b) => b.parts.every((p) => p.text.length > 0))).toBe(true);
        },
      ),
    );
  });
});
