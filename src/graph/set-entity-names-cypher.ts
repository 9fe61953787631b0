/** `e.aliasText`: what the `entity_names` full-text index reads (name, aliases, normalised forms). */
export const ALIAS_TEXT_CYPHER =
  "reduce(text = e.name, x IN e.aliases + [e.normName] + e.normAliases | text + ' | ' + x)";

/**
 * Cypher that adds names to entity `e` from list expressions, keeping each list free of
 * duplicates and of the entity's own name, then recomputes `e.aliasText` (what the
 * `entity_names` full-text index reads: name, aliases and their normalised forms).
 * Parameters are Cypher expressions, e.g. `row.aliases`; this builds text, not values.
 */
export function setEntityNamesCypher(lists: {
  aliases: string;
  normAliases: string;
  titles?: string;
  matchedBy?: string;
}): string {
  const add = (prop: string, expr: string, own: string) =>
    `e.${prop} = reduce(acc = coalesce(e.${prop}, []), x IN ${expr} | CASE WHEN x IN acc OR x = ${own} THEN acc ELSE acc + x END)`;
  const sets = [
    add('aliases', lists.aliases, 'e.name'),
    add('normAliases', lists.normAliases, 'e.normName'),
  ];
  if (lists.titles) sets.push(add('titles', lists.titles, "''"));
  if (lists.matchedBy) sets.push(add('matchedBy', lists.matchedBy, "''"));
  return [`SET ${sets.join(',\n    ')}`, `SET e.aliasText = ${ALIAS_TEXT_CYPHER}`].join('\n');
}
