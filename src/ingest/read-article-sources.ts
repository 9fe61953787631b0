import { stat } from 'node:fs/promises';
import type { ArticleItem } from './article-item.js';
import { IngestError } from './ingest-error.js';
import { readArticleItems, type ReadOptions } from './read-article-items.js';
import { walkArticleFiles } from './walk-article-files.js';

/**
 * Every article of the given paths, one at a time: files as readArticleItems reads them,
 * directories walked recursively for .txt/.html/.htm/.json/.ndjson/.jsonl files, `-` for
 * stdin. Yields `{file, article}` or `{file, error}` (an IngestError) and never throws for
 * bad input, so a caller can report each failure and go on. Only one file is in memory at
 * a time (NDJSON: one line).
 */
export async function* readArticleSources(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<ArticleItem> {
  for (const path of paths) {
    const isDirectory =
      path !== '-' && (await stat(path).catch(() => null))?.isDirectory() === true;
    if (!isDirectory) {
      yield* readArticleItems(path, options);
      continue;
    }
    try {
      for await (const file of walkArticleFiles(path)) yield* readArticleItems(file, options);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      yield {
        file: path,
        index: null,
        error: new IngestError('READ_FAILED', path, `directory could not be read: ${reason}`, {
          cause,
        }),
      };
    }
  }
}
