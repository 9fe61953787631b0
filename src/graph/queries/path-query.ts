import type { CypherQuery } from '../database.js';

/** Largest `maxHops` accepted: each hop is two relationships, and longer searches get slow. */
export const MAX_PATH_HOPS = 6;

/**
 * A shortest path between two entities through articles naming both (MENTIONS) and
 * statements one said about the other or naming both (SAID, MENTIONS). Returns one row with
 * the path's nodes as `{id, kind}`, kind 'entity' | 'article' | 'statement'; no row when
 * there is no path within `maxHops` entity-to-entity hops.
 */
export function pathQuery(fromId: string, toId: string, maxHops: number): CypherQuery {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
    throw new RangeError(`maxHops must be an integer from 1 to ${MAX_PATH_HOPS}`);
  }
  // A variable-length bound cannot be a parameter in Cypher; it is a checked integer here.
  const maxRels = maxHops * 2;
  return {
    cypher: [
      'MATCH (from:Entity {id: $fromId}), (to:Entity {id: $toId})',
      `MATCH p = shortestPath((from)-[:MENTIONS|SAID*..${maxRels}]-(to))`,
      "RETURN [n IN nodes(p) | {id: n.id, kind: CASE WHEN n:Article THEN 'article' WHEN n:Statement THEN 'statement' ELSE 'entity' END}] AS nodes",
    ].join('\n'),
    params: { fromId, toId },
  };
}
