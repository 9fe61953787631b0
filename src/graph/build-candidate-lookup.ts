import type { CypherQuery } from './database.js';
import { CANDIDATE_FIELDS as fields } from './build-entity-key-lookup.js';
import { entityKey } from './entity-key.js';
import type { PreparedEntity } from './prepare-entities.js';

/** Full-text hits read per searched name; enough for any one surname in a news corpus. */
export const CANDIDATES_PER_NAME = 20;
/** Names per full-text query (one Lucene query of OR-ed phrases; Lucene allows 1024 clauses). */
export const NAMES_PER_QUERY = 200;

/**
 * Reads the stored entities that resolveEntities may tie the given entities to: those with
 * one of their keys, those whose name or aliases contain one of their names as a phrase
 * (full-text index `entity_names`, which finds "Donald Trump" for "trump"; one Lucene query of
 * OR-ed phrases per NAMES_PER_QUERY names, as one query per name was the slowest part of a
 * batch write), people named by the surname of a full name, and organizations whose acronym
 * is one of their names. Rows are
 * EntityCandidate objects, of any type: resolveEntities filters by type.
 *
 * Names are normalised (letters, digits and single spaces only), so quoting them makes a safe
 * Lucene phrase query.
 */
export function buildCandidateLookup(entities: readonly PreparedEntity[]): CypherQuery {
  if (entities.length === 0) return { cypher: 'RETURN 1 AS nothing LIMIT 0', params: {} };
  const phrases = new Set<string>();
  const keys = new Set<string>();
  const acronyms = new Set<string>();
  for (const e of entities) {
    keys.add(e.key);
    for (const name of [e.normName, ...e.normAliases, ...(e.acronym ? [e.acronym] : [])]) {
      phrases.add(`"${name}"`);
    }
    if (e.acronym) keys.add(entityKey(e.type, e.acronym, null));
    if (e.type === 'PERSON' && e.normName.includes(' ')) {
      // A full name may complete a stored one-word person (rule `fullname`); its namesakes
      // decide whether that is safe, so read both.
      const surname = e.normName.slice(e.normName.lastIndexOf(' ') + 1);
      keys.add(entityKey('PERSON', surname, null));
      phrases.add(`"${surname}"`);
    }
    if (e.nameIsAcronym) acronyms.add(e.normName);
  }
  const sorted = [...phrases].sort();
  const queries: { text: string; limit: number }[] = [];
  for (let i = 0; i < sorted.length; i += NAMES_PER_QUERY) {
    const chunk = sorted.slice(i, i + NAMES_PER_QUERY);
    queries.push({ text: chunk.join(' OR '), limit: chunk.length * CANDIDATES_PER_NAME });
  }
  return {
    cypher: [
      'UNWIND $queries AS query',
      'CALL db.index.fulltext.queryNodes("entity_names", query.text, {limit: query.limit}) YIELD node',
      `RETURN ${fields}`,
      'UNION',
      'MATCH (node:Entity) WHERE node.key IN $keys',
      `RETURN ${fields}`,
      'UNION',
      'MATCH (node:Entity) WHERE node.acronym IN $acronyms',
      `RETURN ${fields}`,
    ].join('\n'),
    params: {
      queries,
      keys: [...keys].sort(),
      acronyms: [...acronyms].sort(),
    },
  };
}
