import type { CypherQuery } from './database.js';

/** Sets `s.firstReportedAt` of statement `s` to the earliest `publishedAt` of its articles. */
export const SET_FIRST_REPORTED_CYPHER = [
  'CALL (s) {',
  '  OPTIONAL MATCH (s)-[:IN]->(a:Article)',
  '  RETURN min(a.publishedAt) AS first',
  '}',
  'SET s.firstReportedAt = first',
].join('\n');

/**
 * Sets `firstReportedAt` of the given statements to the earliest `publishedAt` of the
 * articles that carry them (null when none has a date). Unknown ids are skipped.
 */
export function buildFirstReportedUpdate(statementIds: readonly string[]): CypherQuery {
  return {
    cypher: ['UNWIND $ids AS id', 'MATCH (s:Statement {id: id})', SET_FIRST_REPORTED_CYPHER].join(
      '\n',
    ),
    params: { ids: [...new Set(statementIds)] },
  };
}
