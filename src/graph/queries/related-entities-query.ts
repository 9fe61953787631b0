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
      // Ranked as nodes and cut to the limit first: only the entities kept are read whole.
      'WITH i, key, collect({count: shared, o: o}) AS ranked',
      'RETURN i, [t IN ranked[0..toInteger(key.limit)] | {count: t.count, entity: {id: t.o.id, type: t.o.type, name: t.o.name, aliases: coalesce(t.o.aliases, []), titles: coalesce(t.o.titles, [])}}] AS related',
    ].join('\n'),
    params: { keys },
  };
}
