import type { CypherQuery } from './database.js';

/**
 * Reads, for the given article ids that are stored, their content hash and how many
 * entities they mention and statements they carry: rows `{id, contentHash, entities, statements}`.
 */
export function buildArticleStateLookup(articleIds: readonly string[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (a:Article {id: id})',
      'RETURN a.id AS id, a.contentHash AS contentHash,',
      '  COUNT { (a)-[:MENTIONS]->() } AS entities, COUNT { (a)<-[:IN]-() } AS statements',
    ].join('\n'),
    params: { ids: [...articleIds] },
  };
}
