import type { Article } from '../model/article.js';
import { readArticleItems, type ReadOptions } from './read-article-items.js';

/**
 * Reads every article of one file (`-` = stdin): one for .txt/.html/.json, one per line for
 * .ndjson/.jsonl, one per element of a JSON array. Throws the first IngestError met (file
 * missing, too large, binary, bad JSON, a bad NDJSON line...); use readArticleItems to get
 * the good articles of a file with some bad lines.
 */
export async function readArticleFile(path: string, options: ReadOptions = {}): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readArticleItems(path, options)) {
    if (item.error) throw item.error;
    articles.push(item.article);
  }
  return articles;
}
