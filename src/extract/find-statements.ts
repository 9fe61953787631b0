import { attributeQuotes } from './attribute-quotes.js';
import { findQuotes } from './find-quotes.js';
import { findReportedSpeech } from './find-reported-speech.js';
import type { MentionIndex } from './mention-index.js';
import { refineSpeakers } from './refine-speakers.js';
import { maskAbbreviations, splitParagraphs, splitSentences, unmask } from './split-sentences.js';
import type { Span } from './split-sentences.js';
import type { StatementDraft } from './statement-draft.js';

/**
 * Direct quotes and reported speech of a body, in text order. Patterns run over the body with
 * abbreviation periods masked ("Dr.", "Calif.") so that "." always ends a sentence there;
 * offsets are those of the body and extracted text has its periods restored.
 */
export function findStatements(body: string, index: MentionIndex): StatementDraft[] {
  const text = maskAbbreviations(body);
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const direct = attributeQuotes(text, paragraphs, quotes, index);
  const partial = new Set(direct.partial);
  const allQuotes = quotes.map((q) => ({ start: q.open, end: q.close }));
  const directSpans = quotes
    .filter((q) => !partial.has(q))
    .map((q) => ({ start: q.open, end: q.close }));
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
  const indirect = findReportedSpeech(
    text,
    sentences,
    index,
    directSpans,
    allQuotes,
    direct.usedCues,
  );
  const drafts = [...direct.statements, ...indirect].sort((a, b) => a.start - b.start);
  // A joint subject ("Okafor and Ellery said") makes one statement per speaker.
  const refined = refineSpeakers(
    text,
    drafts.filter((d) => !d.floating),
    sentences,
    index,
    allQuotes,
  ).flatMap((d) => [d, ...(d.via?.also ?? []).map((speakerId) => ({ ...d, speakerId }))]);
  const floating = drafts.filter((d) => d.floating);
  const all = resolveFloating([...refined, ...floating], paragraphs, text, index);
  return all.map((d) => ({
    ...d,
    text: unmask(d.text),
    channel: d.channel === null ? null : unmask(d.channel),
  }));
}

const THAT_WAS_HOW = /^(?:That|This)(?:['’]s|\s+is|\s+was)\s+how\s/;

/** How many paragraphs a floating quote may follow its speaker's last statement by. */
const FLOATING_REACH = 2;

/**
 * Gives each floating quote the speaker of the statement before it, direct or reported, when
 * that statement ends at most FLOATING_REACH paragraphs earlier; drops it otherwise. Returns
 * the statements in text order.
 */
function resolveFloating(
  drafts: StatementDraft[],
  paragraphs: Span[],
  text: string,
  index: MentionIndex,
): StatementDraft[] {
  const paragraphOf = (at: number) => paragraphs.findIndex((p) => at >= p.start && at <= p.end);
  const out: StatementDraft[] = [];
  for (const d of [...drafts].sort((a, b) => a.start - b.start)) {
    if (!d.floating) {
      out.push(d);
      continue;
    }
    // '"It sounded like the sky was breaking." / That was how Maria Lawe described it': the
    // next paragraph names the speaker.
    const next = paragraphs[paragraphOf(d.start) + 1];
    if (next && THAT_WAS_HOW.test(text.slice(next.start, next.start + 30))) {
      const named = index.firstIn(next.start, next.end);
      if (named?.type === 'PERSON') {
        out.push({ ...d, speakerId: named.entityId, floating: undefined });
        continue;
      }
    }
    const prev = out[out.length - 1];
    if (prev && paragraphOf(d.start) - paragraphOf(prev.end) <= FLOATING_REACH)
      out.push({ ...d, speakerId: prev.speakerId });
  }
  return out;
}
