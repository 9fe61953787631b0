import { createHash } from 'node:crypto';

/**
 * A short id derived from text, the same in every process: `PREFIX-` + 16 hex digits of the
 * text's SHA-1. Used for entity and statement ids so that two processes creating the same
 * node (same unique key) also agree on its id.
 */
export function stableId(prefix: string, text: string): string {
  return `${prefix}-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
}
