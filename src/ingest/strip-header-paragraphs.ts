import { classifyHeaderLine } from './classify-header-line.js';

/** A byline or date paragraph sits among the first few of an article body. */
const HEADER_PARAGRAPHS = 4;

/**
 * Removes byline and date lines ("By Jane Doe · June 8, 2026") from the first few paragraphs
 * of a body and returns what they said, so a parser can use them when its metadata lacks them.
 */
export function stripHeaderParagraphs(paragraphs: readonly string[]): {
  paragraphs: string[];
  byline: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
} {
  let byline: string | null = null;
  let publishedAt: string | null = null;
  let updatedAt: string | null = null;
  const kept: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const line = index < HEADER_PARAGRAPHS ? classifyHeaderLine(paragraph) : null;
    if (line === null || !line.isMeta) {
      kept.push(paragraph);
      return;
    }
    byline ??= line.byline ?? null;
    publishedAt ??= line.published ?? null;
    updatedAt ??= line.updated ?? null;
  });
  return { paragraphs: kept, byline, publishedAt, updatedAt };
}
