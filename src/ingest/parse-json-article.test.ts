import { describe, expect, it } from 'vitest';
import { parseJsonArticle } from './parse-json-article.js';

describe('parseJsonArticle', () => {
  it('reads the documented fields', () => {
    const article = parseJsonArticle(
      JSON.stringify({
        title: 'Council delays transit vote',
        url: 'https://metro.example/transit-vote',
        source: 'Metro Daily',
        publishedAt: '2026-04-01T12:00:00-04:00',
        body: 'First paragraph.\n\nSecond   paragraph.\n\nShare this article',
      }),
    );
    expect(article).toMatchObject({
      title: 'Council delays transit vote',
      url: 'https://metro.example/transit-vote',
      source: 'Metro Daily',
      publishedAt: '2026-04-01T16:00:00.000Z',
      body: 'First paragraph.\n\nSecond paragraph.',
    });
  });

  it('accepts alternative field names and shapes', () => {
    const article = parseJsonArticle(
      JSON.stringify([
        {
          headline: 'Alt names',
          content: '<p>One <b>bold</b> line.</p><p>Two<br>lines.</p>',
          date: 'June 2, 2026',
          author: { name: 'Rui Sato' },
          publisher: { name: 'Metro Daily' },
          updated: 1780000000,
        },
      ]),
    );
    expect(article.title).toBe('Alt names');
    expect(article.body).toBe('One bold line.\n\nTwo lines.');
    expect(article.publishedAt).toBe('2026-06-02T00:00:00.000Z');
    expect(article.byline).toBe('Rui Sato');
    expect(article.source).toBe('Metro Daily');
    expect(article.updatedAt).toBe(new Date(1780000000 * 1000).toISOString());
  });

  it('uses text as the body and tolerates missing or wrong-typed fields', () => {
    const article = parseJsonArticle('{"text": "Just a body.", "title": 42, "url": "not a url"}');
    expect(article).toMatchObject({
      title: null,
      url: null,
      source: null,
      publishedAt: null,
      body: 'Just a body.',
    });
  });

  it('gives the caller url and source precedence', () => {
    const article = parseJsonArticle('{"body": "Text.", "url": "https://a.example/1"}', {
      url: 'https://b.example/2',
      source: 'B',
    });
    expect(article.url).toBe('https://b.example/2');
    expect(article.source).toBe('B');
  });

  it.each([
    ['{"title": "x", "body": ', 'INVALID_JSON'],
    ['"just a string"', 'NO_ARTICLE'],
    ['{"title": "No body"}', 'NO_ARTICLE'],
    ['[{"body": "a"}, {"body": "b"}]', 'NO_ARTICLE'],
    ['', 'EMPTY_INPUT'],
  ])('refuses %j with %s', (content, code) => {
    expect(() => parseJsonArticle(content, { file: 'in.json' })).toThrow(
      expect.objectContaining({ code, file: 'in.json' }),
    );
  });
});
