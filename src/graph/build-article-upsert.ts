import type { CypherQuery } from './database.js';
import type { ArticleRow } from './plan-article-write.js';

const datetime = (expr: string) => `CASE WHEN ${expr} IS NULL THEN null ELSE datetime(${expr}) END`;

/**
 * Creates or updates article nodes (MERGE on the unique id) with their properties. Runs first
 * in a batch write: it locks the articles, so a concurrent writer of the same article waits,
 * and the detach step that follows sees (and removes) whatever that writer committed.
 * Rows are sorted by id so two writers lock shared articles in the same order.
 */
export function buildArticleUpsert(articles: readonly ArticleRow[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $articles AS row',
      'MERGE (a:Article {id: row.id})',
      'SET a.url = row.url, a.title = row.title, a.dek = row.dek, a.source = row.source, a.byline = row.byline,',
      `  a.body = row.body, a.publishedAt = ${datetime('row.publishedAt')}, a.updatedAt = ${datetime('row.updatedAt')},`,
      '  a.contentHash = row.contentHash, a.ingestedAt = datetime(row.ingestedAt)',
    ].join('\n'),
    params: { articles: [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) },
  };
}
