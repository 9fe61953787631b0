import type { CypherQuery } from '../database.js';

/** One `related` request: entities sharing articles with `entityId`. */
export interface RelatedKey {
  entityId: string;
  type: string | null;
  limit: number;
}

/**
 * For each key (answered by its index `i`), the entities named in the same articles as the
 * key's entity, most shared articles first, at most `limit` of them.
 */
export function relatedEntitiesQuery(keys: readonly RelatedKey[]): CypherQuery {
  return {
    cypher: [
      'UNWIND range(0, size($keys) - 1) AS i',
      'WITH i, $keys[i] AS key',
      'MATCH (e:Entity {id: key.entityId})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(o:Entity)',
      'WHERE o <> e AND (key.type IS NULL OR o.type = key.type)',
      'WITH i, key, o, count(DISTINCT a) AS shared',
      'ORDER BY shared DESC, o.name, o.id',
      'WITH i, key, collect({count: shared, entity: o {.id, .type, .name, aliases: coalesce(o.aliases, []), titles: coalesce(o.titles, [])}}) AS related',
      'RETURN i, related[0..toInteger(key.limit)] AS related',
    ].join('\n'),
    params: { keys },
  };
}
