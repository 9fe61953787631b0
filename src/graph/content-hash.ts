import { createHash } from 'node:crypto';
import type { Extraction } from '../model/extraction.js';

/**
 * Bumped whenever what the writer derives from an extraction changes, so that re-ingesting
 * after an upgrade rewrites articles instead of reporting them unchanged.
 */
const WRITE_FORMAT = 1;

/**
 * Hash of everything the graph stores for an article (the article fields, its entities and
 * statements). Equal hashes mean re-ingesting changes nothing. `ingestedAt` is not part of it.
 */
export function contentHash(extraction: Extraction): string {
  const { article, entities, statements } = extraction;
  return createHash('sha256')
    .update(JSON.stringify([WRITE_FORMAT, article, entities, statements]))
    .digest('hex');
}
