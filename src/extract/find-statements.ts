import { attributeQuotes } from './attribute-quotes.js';
import { findQuotes } from './find-quotes.js';
import { findReportedSpeech } from './find-reported-speech.js';
import type { MentionIndex } from './mention-index.js';
import { splitParagraphs, splitSentences } from './split-sentences.js';
import type { StatementDraft } from './statement-draft.js';

/** Direct quotes and reported speech of a body, in text order. */
export function findStatements(body: string, index: MentionIndex): StatementDraft[] {
  const paragraphs = splitParagraphs(body);
  const quotes = findQuotes(body, paragraphs);
  const direct = attributeQuotes(body, paragraphs, quotes, index);
  const partial = new Set(direct.partial);
  const allQuotes = quotes.map((q) => ({ start: q.open, end: q.close }));
  const directSpans = quotes.filter((q) => !partial.has(q)).map((q) => ({ start: q.open, end: q.close }));
  const sentences = paragraphs.flatMap((p) => splitSentences(body, p.start, p.end));
  const indirect = findReportedSpeech(body, sentences, index, directSpans, allQuotes, direct.usedCues);
  return [...direct.statements, ...indirect].sort((a, b) => a.start - b.start);
}
