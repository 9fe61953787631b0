import type { CypherQuery } from './database.js';

/** Deletes an article node with its remaining edges; returns `{deleted}` (0 or 1). */
export function buildArticleDelete(articleId: string): CypherQuery {
  return {
    cypher: [
      'OPTIONAL MATCH (a:Article {id: $id})',
      'DETACH DELETE a',
      'RETURN count(a) AS deleted',
    ].join('\n'),
    params: { id: articleId },
  };
}
