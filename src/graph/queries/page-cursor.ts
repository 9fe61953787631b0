/**
 * Opaque keyset cursors: base64url of the JSON array of an item's sort key, e.g.
 * `[publishedAtMs, id]`. A cursor says where the previous page ended, so a page never
 * skips or repeats items when others are inserted meanwhile.
 */

/** Thrown for a cursor this API did not produce; its code maps to BAD_USER_INPUT. */
export class InvalidCursorError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor() {
    super('`after` is not a cursor returned by this API');
    this.name = 'InvalidCursorError';
  }
}

export type SortKey = readonly (string | number)[];

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor whose key has the given element types ('n' number, 's' string).
 * Throws InvalidCursorError for anything else.
 */
export function decodeCursor(cursor: string, shape: readonly ('n' | 's')[]): (string | number)[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  const fits =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((v, i) => (shape[i] === 'n' ? Number.isSafeInteger(v) : typeof v === 'string'));
  if (!fits) throw new InvalidCursorError();
  return key as (string | number)[];
}
