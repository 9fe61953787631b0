import type { CypherQuery } from './database.js';

/**
 * Deletes what no article carries any more, among the given candidates: statements with no
 * IN edge left (with their SAID and MENTIONS edges), then entities with no relationship left
 * at all — the candidates plus the speakers and entities of the deleted statements.
 * Returns one row: `{statements, entities}` deleted.
 */
export function buildOrphanCleanup(
  statementIds: readonly string[],
  entityIds: readonly string[],
): CypherQuery {
  return {
    cypher: [
      'CALL () {',
      '  UNWIND $statementIds AS id',
      '  MATCH (s:Statement {id: id}) WHERE NOT (s)-[:IN]->()',
      '  OPTIONAL MATCH (s)--(e:Entity)',
      '  WITH s, collect(e.id) AS linked',
      '  DETACH DELETE s',
      '  RETURN count(s) AS statements, reduce(acc = [], ids IN collect(linked) | acc + ids) AS linked',
      '}',
      'CALL (linked) {',
      '  UNWIND $entityIds + linked AS id',
      '  WITH DISTINCT id',
      '  MATCH (e:Entity {id: id}) WHERE NOT (e)--()',
      '  DELETE e',
      '  RETURN count(e) AS entities',
      '}',
      'RETURN statements, entities',
    ].join('\n'),
    params: { statementIds: [...statementIds], entityIds: [...entityIds] },
  };
}
