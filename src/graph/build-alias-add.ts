import type { CypherQuery } from './database.js';
import { ENTITY_FIELDS } from './build-entity-lookup.js';
import { setEntityNamesCypher } from './set-entity-names-cypher.js';

/**
 * Adds an alias (and its normalised form) to an entity; a name it already has is not added
 * twice. Returns the entity with ENTITY_FIELDS, or no row when the id is unknown.
 */
export function buildAliasAdd(entityId: string, alias: string, normAlias: string): CypherQuery {
  return {
    cypher: [
      'MATCH (e:Entity {id: $id})',
      setEntityNamesCypher({ aliases: '[$alias]', normAliases: '[$normAlias]' }),
      `RETURN ${ENTITY_FIELDS}`,
    ].join('\n'),
    params: { id: entityId, alias, normAlias },
  };
}
