/**
 * Turns user text into a Lucene query for Neo4j full-text indexes: every Lucene special
 * character is escaped (https://lucene.apache.org/core/9_0_0/queryparser/org/apache/lucene/queryparser/classic/package-summary.html#Escaping_Special_Characters),
 * so user input can never be a query-syntax error or an injection.
 *
 * - `all`: every word must occur (AND)
 * - `any`: any word may occur, more matches rank higher (OR)
 * - `prefix`: every word must occur as a word prefix ("ali" finds "Alice")
 *
 * Returns null when the text holds no word.
 */
export function luceneQuery(text: string, mode: 'all' | 'any' | 'prefix'): string | null {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter((w) => w.replace(/\\/g, '').length > 0)
    // Lone boolean keywords would be read as operators.
    .map((w) => (/^(AND|OR|NOT)$/.test(w) ? w.toLowerCase() : w));
  if (words.length === 0) return null;
  if (mode === 'any') return words.join(' ');
  if (mode === 'prefix') return words.map((w) => `${w}*`).join(' AND ');
  return words.join(' AND ');
}
