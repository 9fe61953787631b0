import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Extensions of the files a directory walk picks up. */
const ARTICLE_FILE = /\.(txt|html?|json|ndjson|jsonl)$/i;
/** Sidecar files that sit next to articles and are not articles (eval gold annotations). */
const NOT_ARTICLE_FILE = /\.gold\.json$/i;

/**
 * The article files under a directory, recursively, in name order, one directory listing at
 * a time. Hidden entries and node_modules are skipped; symbolic links are followed to files
 * but not to directories (no loops).
 */
export async function* walkArticleFiles(directory: string): AsyncGenerator<string> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walkArticleFiles(path);
    else if (ARTICLE_FILE.test(entry.name) && !NOT_ARTICLE_FILE.test(entry.name)) {
      if (
        entry.isFile() ||
        (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile())
      )
        yield path;
    }
  }
}
