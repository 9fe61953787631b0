import { normalizeName } from '../normalize-name.js';

/**
 * A Cypher predicate true when entity `variable` goes by the name in parameter `param` (its
 * name or an alias), compared in the normalised form the writer stores (normalize-name.ts),
 * so the match ignores case, diacritics and punctuation.
 */
export function nameMatch(variable: string, param: string): string {
  return `(${variable}.normName = $${param} OR $${param} IN ${variable}.normAliases)`;
}

/**
 * Clauses binding `variable` to each entity going by the name in parameter `param`, for a
 * query that starts from the name. No property index can find a value inside a list (the
 * aliases), so the `entity_names` full-text index finds the entities whose names contain the
 * phrase (parameter `<param>Phrase`, see namePhrase) and nameMatch keeps the exact ones:
 * a few index hits instead of a scan of every entity.
 */
export function entitiesNamed(variable: string, param: string): string {
  return [
    `CALL db.index.fulltext.queryNodes('entity_names', $${param}Phrase) YIELD node AS ${variable}`,
    `WHERE ${nameMatch(variable, param)}`,
  ].join('\n');
}

/** The parameter value `nameMatch` expects for `name`; '' when it has no letters or digits. */
export function nameParam(name: string): string {
  return normalizeName(name);
}

/**
 * The Lucene phrase query `entitiesNamed` expects for a normalised name. Normalised names are
 * letters, digits and single spaces only, so quoting them makes a safe phrase.
 */
export function namePhrase(normName: string): string {
  return `"${normName}"`;
}
