/** The RETURN items that read an Article node `a` into an ArticleRecord. */
export const ARTICLE_FIELDS =
  'a.id AS id, a.title AS title, a.dek AS dek, a.url AS url, a.source AS source, a.byline AS byline, ' +
  'a.publishedAt AS publishedAt, a.body AS body';
