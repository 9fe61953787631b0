/**
 * A Cypher predicate true when entity `variable` goes by `name` (its name or an alias),
 * case-insensitively. Uses the indexed normalised forms the writer stores, and falls back to
 * comparing lower-cased names so that a lookup works whatever normalisation the writer used.
 */
export function nameMatch(variable: string, param: string): string {
  return (
    `(${variable}.normName = $${param}.norm OR $${param}.norm IN ${variable}.normAliases` +
    ` OR toLower(${variable}.name) = $${param}.lower OR any(alias IN ${variable}.aliases WHERE toLower(alias) = $${param}.lower))`
  );
}

/** The parameter value `nameMatch` expects for `name`. */
export function nameParam(name: string): { norm: string; lower: string } {
  const lower = name.trim().replace(/\s+/g, ' ').toLowerCase();
  const norm = lower
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { norm, lower };
}
