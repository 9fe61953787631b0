import type { CypherQuery } from './database.js';

/** The stored-entity fields resolveEntities reads (EntityCandidate), of a node named `node`. */
export const CANDIDATE_FIELDS =
  'node.id AS id, node.key AS key, node.type AS type, node.name AS name, node.normName AS normName, ' +
  'coalesce(node.normAliases, []) AS normAliases, node.qualifier AS qualifier, node.acronym AS acronym';

/**
 * Reads the stored entities with one of the given keys (unique index seeks), as
 * EntityCandidate rows. An entity found by key needs no other lookup: that rule comes first.
 */
export function buildEntityKeyLookup(keys: readonly string[]): CypherQuery {
  return {
    cypher: ['MATCH (node:Entity) WHERE node.key IN $keys', `RETURN ${CANDIDATE_FIELDS}`].join(
      '\n',
    ),
    params: { keys: [...new Set(keys)].sort() },
  };
}
