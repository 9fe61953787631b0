/**
 * The RETURN items that read an Article node `a` into an ArticleRecord. Not the body: lists of
 * articles rarely show it, and it is most of an article's bytes.
 */
export const ARTICLE_FIELDS =
  'a.id AS id, a.title AS title, a.dek AS dek, a.url AS url, a.source AS source, a.byline AS byline, ' +
  'a.publishedAt AS publishedAt';
