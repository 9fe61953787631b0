import { wholeNumber } from './whole-number.js';

/**
 * The RETURN items that read an Article node `a` into an ArticleRecord. Not the body: lists of
 * articles rarely show it, and it is most of an article's bytes. Times come back as epoch
 * milliseconds (as floats, see whole-number.ts): a number crosses Bolt far cheaper than a
 * DateTime, which the driver takes apart field by field (see isoTime in graph-reader.ts).
 */
export const ARTICLE_FIELDS =
  'a.id AS id, a.title AS title, a.dek AS dek, a.url AS url, a.source AS source, a.byline AS byline, ' +
  `${wholeNumber('a.publishedAt.epochMillis')} AS publishedAt`;
