import type { CypherQuery } from '../database.js';
import { ENTITY_FIELDS } from './entity-fields.js';
import { statementFields } from './statement-fields.js';

/** Entities whose name or aliases match the Lucene query, best first, with their score. */
export function searchEntitiesQuery(lucene: string, limit: number): CypherQuery {
  return {
    cypher: [
      "CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($limit)}) YIELD node AS e, score",
      `RETURN score, ${ENTITY_FIELDS}`,
      'ORDER BY score DESC, e.id',
    ].join('\n'),
    params: { query: lucene, limit },
  };
}

/** Statements whose text matches the Lucene query, best first, with their score. */
export function searchStatementsQuery(lucene: string, limit: number): CypherQuery {
  return {
    cypher: [
      "CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: toInteger($limit)}) YIELD node AS s, score",
      `RETURN score, ${statementFields()}`,
      'ORDER BY score DESC, s.id',
    ].join('\n'),
    params: { query: lucene, limit },
  };
}
