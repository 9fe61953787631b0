import type { CypherQuery } from './database.js';

/** The entity fields the writer returns to callers (StoredEntity). */
export const ENTITY_FIELDS =
  'e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, ' +
  'coalesce(e.titles, []) AS titles, coalesce(e.matchedBy, []) AS matchedBy';

/** Reads stored entities by id: one row per id found, with ENTITY_FIELDS. */
export function buildEntityLookup(entityIds: readonly string[]): CypherQuery {
  return {
    cypher: ['UNWIND $ids AS id', 'MATCH (e:Entity {id: id})', `RETURN ${ENTITY_FIELDS}`].join(
      '\n',
    ),
    params: { ids: [...entityIds] },
  };
}
