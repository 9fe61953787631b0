import { checkTextContent } from './check-text-content.js';
import { IngestError } from './ingest-error.js';

/**
 * Parses a JSON document of articles into the list of article values it holds: one object,
 * an array of them, or an object wrapping an `articles` / `items` array. `multiple` says the
 * input was a list (so each article gets a number). Throws IngestError: INVALID_JSON with the
 * parser's reason, or the checks of checkTextContent.
 */
export function parseJsonValue(
  content: string,
  file: string,
): { values: unknown[]; multiple: boolean } {
  checkTextContent(content, file);
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new IngestError('INVALID_JSON', file, `not valid JSON: ${reason}`, { cause });
  }
  if (Array.isArray(data)) return { values: data, multiple: true };
  if (typeof data === 'object' && data !== null) {
    const wrapped =
      (data as Record<string, unknown>)['articles'] ?? (data as Record<string, unknown>)['items'];
    if (Array.isArray(wrapped)) return { values: wrapped, multiple: true };
  }
  return { values: [data], multiple: false };
}
