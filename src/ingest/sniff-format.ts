import type { ArticleFormat } from './article-format.js';

/**
 * Guesses the format of text with no name to go by: JSON when it starts with { or [
 * (NDJSON when several lines each hold an object), HTML when it starts with a tag and has
 * an html/body/article/p element, plain text otherwise.
 */
export function sniffFormat(content: string): ArticleFormat {
  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    const lines = start.split(/\r?\n/).filter((line) => line.trim() !== '');
    return lines.length > 1 &&
      lines.every((line) => line.trimStart().startsWith('{') && line.trimEnd().endsWith('}'))
      ? 'ndjson'
      : 'json';
  }
  if (start.startsWith('<') && /<(html|body|article|main|p)\b/i.test(start.slice(0, 100_000)))
    return 'html';
  return 'text';
}
