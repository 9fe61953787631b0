/**
 * A Cypher expression returning the whole number `expr` (epoch milliseconds, a count, an
 * offset) as a float, for hot reads. The driver decodes a float straight into a JavaScript
 * number, but an integer into an Integer object, and then checks its range with Integer
 * arithmetic that allocates several more: on a who-said-what page (three times and a count per
 * statement) that was about a seventh of what the server allocated per request. A float holds
 * every whole number below 2^53 exactly, and the graph has none above it.
 */
export const wholeNumber = (expr: string): string => `toFloat(${expr})`;
