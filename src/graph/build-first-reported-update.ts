import type { CypherQuery } from './database.js';

/**
 * Sets `firstReportedAt` of the given statements to the earliest `publishedAt` of the
 * articles that carry them (null when none has a date). Unknown ids are skipped.
 */
export function buildFirstReportedUpdate(statementIds: readonly string[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (s:Statement {id: id})',
      'CALL (s) {',
      '  OPTIONAL MATCH (s)-[:IN]->(a:Article)',
      '  RETURN min(a.publishedAt) AS first',
      '}',
      'SET s.firstReportedAt = first',
    ].join('\n'),
    params: { ids: [...new Set(statementIds)] },
  };
}
