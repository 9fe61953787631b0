import { normalizeName } from '../normalize-name.js';

/**
 * A Cypher predicate true when entity `variable` goes by the name in parameter `param` (its
 * name or an alias), compared in the normalised form the writer stores (normalize-name.ts),
 * so the match ignores case, diacritics and punctuation.
 */
export function nameMatch(variable: string, param: string): string {
  return `(${variable}.normName = $${param} OR $${param} IN ${variable}.normAliases)`;
}

/** The parameter value `nameMatch` expects for `name`. */
export function nameParam(name: string): string {
  return normalizeName(name);
}
