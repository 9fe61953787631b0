import type { ArticleFormat } from './article-format.js';
import { IngestError } from './ingest-error.js';

/** Names of formats and file extensions, as users write them. */
const NAMES: Record<string, ArticleFormat> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
};

/**
 * The format of an input: the explicit one when given (`txt`, `html`, `json`, `ndjson`, ...;
 * an unknown name throws IngestError UNKNOWN_FORMAT), else the one its file extension names,
 * else null (the caller sniffs the content).
 */
export function formatFromName(file: string, explicit?: string): ArticleFormat | null {
  if (explicit !== undefined && explicit !== '') {
    const format = NAMES[explicit.toLowerCase().replace(/^\./, '')];
    if (format === undefined) {
      throw new IngestError(
        'UNKNOWN_FORMAT',
        file,
        `unknown format "${explicit}" (use txt, html, json or ndjson)`,
      );
    }
    return format;
  }
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return extension === undefined ? null : (NAMES[extension] ?? null);
}
