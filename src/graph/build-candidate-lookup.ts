import type { CypherQuery } from './database.js';
import { entityKey } from './entity-key.js';
import type { PreparedEntity } from './prepare-entities.js';

/** Full-text hits read per searched name; enough for any one surname in a news corpus. */
export const CANDIDATES_PER_NAME = 50;

/**
 * Reads the stored entities that resolveEntities may tie the given entities to: those with
 * one of their keys, those whose name or aliases contain one of their names as a phrase
 * (full-text index `entity_names`, which finds "Donald Trump" for "trump"), and organizations
 * whose acronym is one of their names. Rows are EntityCandidate objects.
 *
 * Names are normalised (letters, digits and single spaces only), so quoting them makes a safe
 * Lucene phrase query.
 */
export function buildCandidateLookup(entities: readonly PreparedEntity[]): CypherQuery {
  const phrases = new Map<string, { type: string; query: string }>();
  const keys = new Set<string>();
  const acronyms = new Set<string>();
  for (const e of entities) {
    keys.add(e.key);
    for (const name of [e.normName, ...e.normAliases, ...(e.acronym ? [e.acronym] : [])]) {
      phrases.set(`${e.type}:${name}`, { type: e.type, query: `"${name}"` });
    }
    if (e.acronym) keys.add(entityKey(e.type, e.acronym, null));
    if (e.nameIsAcronym) acronyms.add(e.normName);
  }
  const fields =
    'node.id AS id, node.key AS key, node.type AS type, node.name AS name, node.normName AS normName, ' +
    'coalesce(node.normAliases, []) AS normAliases, node.qualifier AS qualifier, node.acronym AS acronym';
  return {
    cypher: [
      'UNWIND $phrases AS phrase',
      'CALL db.index.fulltext.queryNodes("entity_names", phrase.query, {limit: $limit}) YIELD node',
      'WITH phrase, node WHERE node.type = phrase.type',
      `RETURN ${fields}`,
      'UNION',
      'MATCH (node:Entity) WHERE node.key IN $keys',
      `RETURN ${fields}`,
      'UNION',
      'MATCH (node:Entity) WHERE node.acronym IN $acronyms',
      `RETURN ${fields}`,
    ].join('\n'),
    params: {
      phrases: [...phrases.values()],
      keys: [...keys].sort(),
      acronyms: [...acronyms].sort(),
      limit: CANDIDATES_PER_NAME,
    },
  };
}
