import type { CypherQuery } from './database.js';

/**
 * Unlinks stored articles from what their current version says: deletes their MENTIONS and
 * PUBLISHED_BY edges and the IN edges of their statements, and returns per article the ids
 * of the entities and statements it was linked to, for buildOrphanCleanup once the new
 * version is written (or the article deleted). Unknown ids give no row.
 */
export function buildArticleDetach(articleIds: readonly string[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (a:Article {id: id})',
      'CALL (a) {',
      '  OPTIONAL MATCH (a)-[r:MENTIONS|PUBLISHED_BY]->(e:Entity)',
      '  WITH collect(r) AS rels, collect(DISTINCT e.id) AS entityIds',
      '  FOREACH (r IN rels | DELETE r)',
      '  RETURN entityIds',
      '}',
      'CALL (a) {',
      '  OPTIONAL MATCH (s:Statement)-[r:IN]->(a)',
      '  WITH collect(r) AS rels, collect(DISTINCT s.id) AS statementIds',
      '  FOREACH (r IN rels | DELETE r)',
      '  RETURN statementIds',
      '}',
      'RETURN a.id AS id, entityIds, statementIds',
    ].join('\n'),
    params: { ids: [...articleIds] },
  };
}
