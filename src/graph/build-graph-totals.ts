import type { CypherQuery } from './database.js';

/** Counts the articles, entities and statements stored: one row `{articles, entities, statements}`. */
export function buildGraphTotals(): CypherQuery {
  return {
    cypher:
      'RETURN COUNT { (:Article) } AS articles, COUNT { (:Entity) } AS entities, COUNT { (:Statement) } AS statements',
    params: {},
  };
}
