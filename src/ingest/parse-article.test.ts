import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article.js';
import { IngestError } from './ingest-error.js';
import { parseArticle } from './parse-article.js';

/** Slowest single parse allowed: generous for a loaded CI machine, far below a hang. */
const MAX_PARSE_MS = 2_000;

const pieces = fc.constantFrom(
  '<p>',
  '</p>',
  '<article>',
  '</article>',
  '<h1>',
  '</h1>',
  '<script>',
  '</script>',
  '<br>',
  '<time datetime="2026-01-01">',
  '<meta property="og:site_name" content="X">',
  '<!--',
  '-->',
  '<![CDATA[',
  '&amp;',
  '&#0;',
  '<nav>',
  '<aside>',
  '<figure>',
  'By Jane Roe',
  'Published: March 1, 2026 5pm ET',
  'Updated:',
  'Related: ',
  'Share this article',
  'Advertisement',
  '{',
  '}',
  '[',
  ']',
  '"body":',
  '"title":',
  '"text": "',
  ',',
  ':',
  '"',
  '\n',
  '\n\n',
  '\r',
  '\t',
  '\u0000',
  '\uFEFF',
  '\u00a0',
  '\u2028',
  '\uD800',
  'é',
  '“',
  '—',
  'Lorem ipsum dolor sit amet.',
  ' ',
);
const adversarial = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.json(),
  fc
    .record({
      title: fc.anything(),
      body: fc.oneof(fc.string(), fc.anything(), fc.array(fc.string())),
      publishedAt: fc.anything(),
    })
    .map((value) => JSON.stringify(value) ?? ''),
);

function checkOutcome(run: () => Article): void {
  const started = performance.now();
  try {
    const article = run();
    expect(article.body.length).toBeGreaterThan(0);
    expect(article.body).not.toMatch(/\n{3,}|^\s|\s$/);
    for (const paragraph of article.body.split('\n\n'))
      expect(paragraph).toBe(paragraph.replace(/\s+/g, ' ').trim());
    expect(article.id).toMatch(/^[0-9a-f]{20}$/);
    for (const date of [article.publishedAt, article.updatedAt])
      if (date !== null) expect(date).toMatch(/Z$/);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
  }
  expect(performance.now() - started).toBeLessThan(MAX_PARSE_MS);
}

describe('parseArticle on random and adversarial input', () => {
  for (const contentType of ['text', 'html', 'json'] as const) {
    it(`returns an Article or throws IngestError for ${contentType}`, () => {
      fc.assert(
        fc.property(adversarial, (content) =>
          checkOutcome(() => parseArticle(content, contentType)),
        ),
        { numRuns: 300 },
      );
    }, 60_000);
  }

  it('gives a stable id for the same input', () => {
    const content = 'Title\n\nPublished: May 2, 2026\n\nA paragraph.';
    expect(parseArticle(content, 'text').id).toBe(parseArticle(content, 'text').id);
  });

  it('refuses an unknown content type with UNKNOWN_FORMAT', () => {
    expect(() => parseArticle('x', 'pdf' as 'text')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_FORMAT' }),
    );
  });
});
