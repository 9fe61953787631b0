import type { CypherQuery } from '../database.js';
import type { EntityType } from '../../model/extraction.js';
import { ENTITY_FIELDS } from './entity-fields.js';
import { luceneQuery } from './lucene-query.js';

export interface EntityCriteria {
  type?: EntityType | null;
  /** Words of the name or an alias, matched as word prefixes. */
  name?: string | null;
}

/** Where an entities page starts: after the item with this sort key (by name). */
export interface EntitiesAfter {
  name: string;
  id: string;
}

/** MATCH clauses binding `e` to each entity meeting `criteria`; null when none can. */
function entityMatch(criteria: EntityCriteria): CypherQuery | null {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  let anchor = 'MATCH (e:Entity)';
  if (criteria.name?.trim()) {
    const name = luceneQuery(criteria.name, 'prefix');
    if (name === null) return null;
    params.name = name;
    anchor = "CALL db.index.fulltext.queryNodes('entity_names', $name) YIELD node AS e";
  }
  if (criteria.type) {
    params.type = criteria.type;
    where.push('e.type = $type');
  }
  return { cypher: where.length ? `${anchor}\nWHERE ${where.join(' AND ')}` : anchor, params };
}

/** One page of entities meeting `criteria`, ordered by name then id. */
export function entitiesPageQuery(
  criteria: EntityCriteria,
  limit: number,
  after: EntitiesAfter | null,
): CypherQuery | null {
  const match = entityMatch(criteria);
  if (!match) return null;
  const params: Record<string, unknown> = { ...match.params, limit };
  let keyset = '';
  if (after) {
    params.afterName = after.name;
    params.afterId = after.id;
    keyset = '\nWITH e WHERE e.name > $afterName OR (e.name = $afterName AND e.id > $afterId)';
  }
  const cypher = [
    match.cypher + keyset,
    'RETURN ' + ENTITY_FIELDS,
    'ORDER BY e.name, e.id',
    'LIMIT toInteger($limit)',
  ].join('\n');
  return { cypher, params };
}

/** The number of entities meeting `criteria`. */
export function entitiesCountQuery(criteria: EntityCriteria): CypherQuery | null {
  const match = entityMatch(criteria);
  if (!match) return null;
  return { cypher: `${match.cypher}\nRETURN count(e) AS count`, params: match.params };
}
