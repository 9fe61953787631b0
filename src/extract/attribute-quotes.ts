import { findChannel } from './find-channel.js';
import { quoteText, type Quote } from './find-quotes.js';
import type { IndexedMention, MentionIndex } from './mention-index.js';
import { resolveSpeaker, type Speaker } from './resolve-speaker.js';
import type { Span } from './split-sentences.js';
import { CONFIDENCE, VERB_ALT, type StatementDraft } from './statement-draft.js';

/** Direct statements, plus the spans of the cues they used and the quotes that were partial. */
export interface QuoteAttribution {
  statements: StatementDraft[];
  usedCues: Span[];
  /** Quotes that sit inside a sentence (partial quotes in reported speech, scare quotes). */
  partial: Quote[];
}

const TAIL_INVERTED = new RegExp(String.raw`^\s*,?\s*(${VERB_ALT})\s+`, 'u');
const TAIL_NORMAL = new RegExp(String.raw`^\s*,?\s*([^.!?"“”]{1,120}?)\s+(${VERB_ALT})\b`, 'u');
/** The subject so far ends inside a relative clause: "the attorney who", "the firm that". */
const RELATIVE_END = /,\s*(?:[^,]*\s)?(?:who|which|that)(?:\s+\p{Ll}+)?$/u;
/** The rest of a relative clause and the next verb: "the case for the plaintiffs, told". */
const TAIL_NORMAL_REST = new RegExp(
  String.raw`^([^.!?"“”]{1,120}?,\s*[^.!?"“”]{0,40}?)\s+(${VERB_ALT})\b`,
  'u',
);
const LEAD = new RegExp(
  String.raw`([^.!?"“”]{1,160}?)\s+(${VERB_ALT})\b([^.!?"“”:]{0,80}?)\s*[:,]\s*$`,
  'u',
);
const ANY_VERB = new RegExp(String.raw`\b${VERB_ALT}\b`, 'u');
const COORDINATED_LEAD = /(?:^|\s)(?:and|but)(?:\s+then|\s+also)?\s*$/;

/**
 * The subject of the sentence holding `pos`: the words before its first reporting verb,
 * resolved as a speaker. The sentence starts after the last full stop of its paragraph.
 */
function sentenceSubjectBefore(
  text: string,
  paraStart: number,
  pos: number,
  index: MentionIndex,
  quotes: Span[],
): Speaker | null {
  const lead = text.slice(paraStart, pos);
  let start = paraStart;
  for (const end of lead.matchAll(/[.!?]['’"”]?\s+(?=['‘"“]?\p{Lu})/gu))
    start = paraStart + end.index + end[0].length;
  const verb = ANY_VERB.exec(text.slice(start, pos));
  if (!verb || verb.index === 0) return null;
  return resolveSpeaker(text, start, start + verb.index, index, quotes);
}

interface Cue {
  speaker: Speaker;
  cue: string;
  channel: string | null;
  cueStart: number;
  cueEnd: number;
}

/**
 * Attributes each quotation: speaker after it (`"...," Smith said` / `"...," said Smith`),
 * speaker before it (`Smith said: "..."`), or none (a floating quote, marked `floating`, that
 * continues the previous speaker when it opens a paragraph). A quote interrupted by its cue
 * (`"A," she said. "B."`) becomes one statement. Quotes inside a sentence are partial.
 */
export function attributeQuotes(
  text: string,
  paragraphs: Span[],
  quotes: Quote[],
  index: MentionIndex,
): QuoteAttribution {
  const statements: StatementDraft[] = [];
  const usedCues: Span[] = [];
  const partial: Quote[] = [];
  const quoteSpans = quotes.map((q) => ({ start: q.open, end: q.close }));
  const consumed = new Set<Quote>();

  const tailOf = (q: Quote, qi: number): { tail: string; tailStart: number } => {
    const para = paragraphs[q.paragraph] as Span;
    const next = quotes[qi + 1];
    const stop = next && next.firstParagraph === q.paragraph ? next.open : para.end;
    return { tail: text.slice(q.close, stop), tailStart: q.close };
  };

  const tailCue = (q: Quote, qi: number): Cue | null => {
    const { tail, tailStart } = tailOf(q, qi);
    const inv = TAIL_INVERTED.exec(tail);
    if (inv) {
      const verbStart = tailStart + tail.indexOf(inv[1] ?? '', 0);
      const after = tailStart + inv[0].length;
      const m = invertedSubject(text, after, index);
      const pron = /^(he|she)\b/i.exec(tail.slice(inv[0].length));
      let speaker: Speaker | null = null;
      if (m) speaker = { entityId: m.entityId, how: 'name' };
      else if (pron)
        speaker = resolveSpeaker(text, after, after + (pron[1]?.length ?? 0), index, quoteSpans);
      else {
        const np = /^(?:the|a|an)\s[^,.]{1,60}/i.exec(tail.slice(inv[0].length));
        if (np) speaker = resolveSpeaker(text, after, after + np[0].length, index, quoteSpans);
      }
      if (speaker) {
        const verbEnd = verbStart + (inv[1]?.length ?? 0);
        return {
          speaker,
          cue: inv[1] ?? '',
          channel: findChannel(text.slice(verbEnd, verbEnd + 80)).channel,
          cueStart: verbStart,
          cueEnd: verbEnd,
        };
      }
    }
    const norm = TAIL_NORMAL.exec(tail);
    // The cue's subject, verb and where the verb ends in `tail`.
    let cue = norm ? { subject: norm[1] ?? '', verb: norm[2] ?? '', end: norm[0].length } : null;
    // '"...," Jo Roe, the lawyer who argued the case, told reporters': a verb of the relative
    // clause is not the cue; the next one may be.
    for (let k = 0; cue && k < 2 && RELATIVE_END.test(cue.subject); k++) {
      const more = TAIL_NORMAL_REST.exec(tail.slice(cue.end));
      cue = more
        ? {
            subject: `${tail.slice(0, cue.end)}${more[1] ?? ''}`,
            verb: more[2] ?? '',
            end: cue.end + more[0].length,
          }
        : null;
    }
    if (cue) {
      const subjStart = tailStart + tail.indexOf(cue.subject);
      const subjEnd = subjStart + cue.subject.length;
      const verbStart = tailStart + cue.end - cue.verb.length;
      const speaker = resolveSpeaker(text, subjStart, subjEnd, index, quoteSpans);
      if (speaker) {
        const verbEnd = verbStart + cue.verb.length;
        return {
          speaker,
          cue: cue.verb,
          channel: channelAfter(text, cue.verb, verbEnd),
          cueStart: verbStart,
          cueEnd: verbEnd,
        };
      }
    }
    return null;
  };

  const leadCue = (q: Quote, qi: number): Cue | null => {
    const para = paragraphs[q.firstParagraph] as Span;
    const prev = quotes[qi - 1];
    let from = prev && prev.paragraph === q.firstParagraph ? prev.close : para.start;
    // "Asked whether she had told him ..., Roe replied, '...'": when the words before the
    // first reporting verb name no one, the cue may be a later verb.
    for (let tries = 0; tries < 3; tries++) {
      const m = LEAD.exec(text.slice(from, q.open));
      if (!m) return null;
      const subjStart = from + m.index;
      const subjEnd = subjStart + (m[1]?.length ?? 0);
      const verbStart = from + m.index + m[0].indexOf(m[2] ?? '', m[1]?.length ?? 0);
      const verbEnd = verbStart + (m[2]?.length ?? 0);
      // "He admitted he was 'nervous' but added: '...'": a coordinated verb shares the subject
      // of the sentence's first verb.
      const speaker = COORDINATED_LEAD.test(m[1] ?? '')
        ? sentenceSubjectBefore(text, para.start, q.open, index, quoteSpans)
        : resolveSpeaker(text, subjStart, subjEnd, index, quoteSpans);
      if (speaker) {
        const verb = m[2] ?? '';
        return {
          speaker,
          cue: verb,
          channel: channelAfter(text, verb, verbEnd),
          cueStart: verbStart,
          cueEnd: verbEnd,
        };
      }
      from = verbEnd;
    }
    return null;
  };

  quotes.forEach((q, qi) => {
    if (consumed.has(q)) return;
    const para = paragraphs[q.firstParagraph] as Span;
    let k = q.open - 1;
    while (k >= para.start && /\s/.test(text[k] ?? '')) k--;
    const before = k >= para.start ? (text[k] ?? '') : '';
    const words = quoteText(text, q).split(/\s+/).filter(Boolean).length;
    // A quote opened after a word sits inside a sentence: partial quote or scare quote.
    if (/[\p{L}\p{N}]/u.test(before)) {
      partial.push(q);
      return;
    }
    // '... senior author, "knowingly or recklessly" allowed ...': after a comma, a quote that
    // the sentence runs on from (no closing punctuation inside, a lower-case word after).
    if (
      before === ',' &&
      !/[,.!?;:…]\s*$/.test(quoteText(text, q)) &&
      /^\s+\p{Ll}/u.test(text.slice(q.close, q.close + 3))
    ) {
      partial.push(q);
      return;
    }
    const cue = tailCue(q, qi) ?? leadCue(q, qi);
    let speakerId: string | null = cue?.speaker.entityId ?? null;
    let confidence: number = cue ? CONFIDENCE[cue.speaker.how] : CONFIDENCE.floating;
    if (!cue) {
      const opensParagraph = q.open === para.start;
      if (words <= 3 || !opensParagraph) {
        if (words <= 3) partial.push(q);
        return;
      }
      // A floating quote: its speaker is whoever spoke last, direct or reported, which is
      // known only once reported speech is found too (see resolveFloating).
      speakerId = '';
      confidence = CONFIDENCE.floating;
    }
    if (speakerId === null) return;
    // Interrupted quote: the next quote follows the cue directly and has no cue of its own.
    const parts = [quoteText(text, q)];
    let end = q.close;
    let cur = q;
    let ci = qi;
    for (;;) {
      const nxt = quotes[ci + 1];
      if (!nxt || nxt.firstParagraph !== cur.paragraph || !cue) break;
      const between = text.slice(cur.close, nxt.open);
      if (
        !ANY_VERB.test(between) ||
        between.length > 260 ||
        /[.!?]\s+\S/.test(between.trim().replace(/[.!?]$/, ''))
      )
        break;
      if (tailCue(nxt, ci + 1)) break;
      parts.push(quoteText(text, nxt));
      consumed.add(nxt);
      end = nxt.close;
      cur = nxt;
      ci++;
    }
    if (cue) usedCues.push({ start: cue.cueStart, end: cue.cueEnd });
    statements.push({
      kind: 'DIRECT',
      text: parts.join(' '),
      cue: cue?.cue ?? '',
      speakerId,
      channel: cue?.channel ?? null,
      start: q.open + 1,
      end: Math.max(q.open + 1, end - 1),
      confidence,
      ...(cue ? { via: cue.speaker } : { floating: true }),
    });
  });
  return { statements, usedCues, partial };
}

/** Channel after a verb; "told reporters" when the verb is "told" and the object says so. */
export function channelAfter(text: string, verb: string, verbEnd: number): string | null {
  const after = text.slice(verbEnd, verbEnd + 100);
  if (/^tell|^told/.test(verb)) {
    const obj =
      /^\s+(reporters|journalists|analysts|investors|lawmakers|parents|students|supporters|the crowd|an audience)\b/.exec(
        after,
      );
    const ch = findChannel(
      after.slice(obj ? obj[0].length : 0).replace(/^\s*[^\s]+\s+(?=in|on)/, ' '),
    );
    if (obj) return `told ${obj[1]}${ch.channel ? ` ${ch.channel}` : ''}`;
    return ch.channel;
  }
  return findChannel(after).channel;
}

/**
 * The speaker named right after an inverted cue ("said Council member Jane Doe, who ..."): of
 * the mentions within the next few words, the first person, else the first organization.
 */
export function invertedSubject(
  text: string,
  after: number,
  index: MentionIndex,
): IndexedMention | null {
  let org: IndexedMention | null = null;
  for (let pos = after; ;) {
    const m = index.firstIn(pos, after + 80);
    // (A nominal may stand in apposition first: "said the trust's medical director, Dr Jo Roe".)
    if (
      !m ||
      !/^(?:[\p{L}\p{M}.\u2024’'-]+\s+){0,4}$|^(?:the|a|an|its|their|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}\p{M}’'-]+\s+){0,3}[\p{L}’'-]+,\s+(?:\p{Lu}[\p{L}.]{0,5}\s+)?$/u.test(
        text.slice(after, m.start),
      )
    )
      return org;
    if (m.type === 'PERSON') return m;
    if (m.type === 'ORGANIZATION' && !org) org = m;
    pos = m.end;
  }
}
