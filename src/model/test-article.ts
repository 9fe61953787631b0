import type { Article } from './article.js';

/**
 * An Article for tests and benches: the given body, id "t", every other field null, then
 * `fields` over that.
 */
export function testArticle(body: string, fields: Partial<Article> = {}): Article {
  return {
    id: 't',
    title: null,
    dek: null,
    url: null,
    source: null,
    byline: null,
    publishedAt: null,
    updatedAt: null,
    body,
    ...fields,
  };
}
