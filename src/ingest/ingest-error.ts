/** Why an input could not be read as an article. Stable: callers and clients branch on it. */
export type IngestErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'INVALID_JSON'
  | 'NO_ARTICLE'
  | 'TOO_LARGE'
  | 'BAD_ENCODING'
  | 'UNKNOWN_FORMAT'
  | 'NOT_FOUND'
  | 'READ_FAILED';

/**
 * An expected failure to read an article: bad input, not a bug. The message names the
 * file (or `<input>` for a string) and the reason; `code` is the stable classification.
 * Ingest code throws only this error for bad input, so loops can skip the item and go on.
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';

  constructor(
    readonly code: IngestErrorCode,
    /** The file the input came from, `-` for stdin, `<input>` for a string. */
    readonly file: string,
    /** The reason alone, without file and code. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason} (${code})`, options);
  }
}
