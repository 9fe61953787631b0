/** Largest input accepted per file, and per line of an NDJSON file (5 MiB). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
