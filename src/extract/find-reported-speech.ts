import { channelAfter } from './attribute-quotes.js';
import { findChannel } from './find-channel.js';
import { LEXICON } from './lexicon.js';
import type { MentionIndex } from './mention-index.js';
import { resolveSpeaker } from './resolve-speaker.js';
import type { Span } from './split-sentences.js';
import { CONFIDENCE, VERB_ALT, type StatementDraft } from './statement-draft.js';

const VERB_RE = new RegExp(String.raw`(?<![\p{L}’'-])${VERB_ALT}(?![\p{L}’'-])`, 'gu');
const TIME_AFTER = /^\s*(?:(?:on\s+|early\s+|late\s+|last\s+)?\p{Lu}[a-z]+day(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:week|month|year)|this\s+(?:week|month)|earlier|later|previously|repeatedly|recently)\b\s*,?/u;

function inside(pos: number, spans: Span[]): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end);
}

function clean(s: string): string {
  return s.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Finds reported speech sentence by sentence: "X said (that) ...", "X told Y that ...",
 * "X called on Y to ...", "X described Y as ...", "..., X said.", "according to X, ..." and
 * "..., according to X". The text is the reported clause with quote marks removed. Verbs
 * inside quotations or already used as the cue of a direct quote are skipped.
 */
export function findReportedSpeech(
  text: string,
  sentences: Span[],
  index: MentionIndex,
  directQuotes: Span[],
  allQuotes: Span[],
  usedCues: Span[],
): StatementDraft[] {
  const out: StatementDraft[] = [];
  const push = (speakerId: string, how: 'name' | 'pronoun' | 'nominal', cue: string, channel: string | null, a: number, b: number): void => {
    let s = a;
    let e = b;
    while (s < e && /[\s,:"“”]/.test(text[s] ?? '')) s++;
    while (e > s && /[\s,"“”]/.test(text[e - 1] ?? '')) e--;
    const clause = clean(text.slice(s, e));
    if (clause.split(' ').length < 3) return;
    if (directQuotes.some((q) => s >= q.start - 1 && e <= q.end + 1)) return;
    out.push({ kind: 'INDIRECT', text: clause, cue, speakerId, channel, start: s, end: e, confidence: CONFIDENCE[how] });
  };

  for (const sent of sentences) {
    const st = text.slice(sent.start, sent.end);
    // according to X
    const acc = /\baccording to\s+/i.exec(st);
    if (acc && !inside(sent.start + acc.index, allQuotes)) {
      const who = sent.start + acc.index + acc[0].length;
      const rest = text.slice(who, sent.end);
      const np = /^[^,.;]*?(?=,|\.?$|;|\s+which\b|\s+who\b)/.exec(rest);
      const npEnd = who + (np?.[0].length ?? 0);
      const speaker = np ? resolveSpeaker(text, who, npEnd, index, allQuotes) ?? firstNamed(index, who, npEnd) : null;
      if (speaker) {
        if (acc.index === 0 || /^\s*$/.test(st.slice(0, acc.index).replace(/^\s*(?:but|and|yet)\s*$/i, ''))) {
          const comma = text.indexOf(',', npEnd);
          if (comma >= 0 && comma < sent.end) push(speaker.entityId, speaker.how, 'according to', null, comma + 1, sent.end);
        } else push(speaker.entityId, speaker.how, 'according to', null, sent.start, sent.start + acc.index);
        continue;
      }
    }
    VERB_RE.lastIndex = 0;
    for (let m = VERB_RE.exec(st); m; m = VERB_RE.exec(st)) {
      const vStart = sent.start + m.index;
      const vEnd = vStart + m[0].length;
      const verb = m[0];
      if (inside(vStart, allQuotes) || inside(vStart, usedCues)) continue;
      const pre = text.slice(sent.start, vStart);
      if (!pre.trim()) continue;
      const post = text.slice(vEnd, sent.end);
      // "..., X said." — the cue closes the sentence.
      const chAfter = findChannel(post);
      if (/^\s*[.!?]?["”]?\s*$/.test(post.slice(chAfter.length)) || /^\s*,\s*(?:adding|noting|citing)\b/.test(post)) {
        const comma = pre.lastIndexOf(',');
        if (comma <= 0) continue;
        if (/^\s*["“]/.test(pre)) break;
        const speaker = resolveSpeaker(text, sent.start + comma + 1, vStart, index, allQuotes);
        if (speaker) push(speaker.entityId, speaker.how, verb, chAfter.channel, sent.start, sent.start + comma);
        break;
      }
      if (/^\s*[:,]?\s*["“]/.test(post) && !/^\s*that/.test(post)) continue;
      let clauseStart = -1;
      let cue = verb;
      let channel: string | null = null;
      if (LEXICON.objectVerbs.has(verb) && !/^(urge|ask|warn)/.test(verb)) {
        const that = /\bthat\s+/.exec(post.slice(0, 160));
        if (!that) continue;
        clauseStart = vEnd + that.index + that[0].length;
        channel = channelAfter(text, verb, vEnd);
      } else if (/^call/.test(verb)) {
        const on = /^\s+(on|for)\s+/.exec(post);
        if (!on) continue;
        cue = `${verb} ${on[1]}`;
        clauseStart = vEnd + on[0].length;
      } else if (/^describ/.test(verb)) {
        const as = /^\s+[^.;]{1,80}?\s+as\s+/.exec(post);
        if (!as) continue;
        cue = `${verb} as`;
        clauseStart = vEnd + as[0].length;
      } else if (/^(urge|ask|warn)/.test(verb) && /^\s+[\w\s]{1,40}?\s+to\s+/.test(post)) {
        clauseStart = vEnd;
      } else {
        const ch = findChannel(post);
        channel = ch.channel;
        let p = ch.length;
        const time = TIME_AFTER.exec(post.slice(p));
        if (time) p += time[0].length;
        const that = /^\s*,?\s*that\s+/.exec(post.slice(p));
        if (that) p += that[0].length;
        else if (LEXICON.thatOnlyVerbs.has(verb)) continue;
        const rest = post.slice(p);
        if (!/^\s*["“]?[\p{L}\p{N}$]/u.test(rest)) continue;
        // "said the agency" (inverted, no clause) or a verb used as a plain noun/adjective.
        if (/^\s*(?:to|in|at|by|of|with|for|on|from|it|about)\b/.test(rest) && !that) continue;
        clauseStart = vEnd + p;
      }
      const speaker = resolveSpeaker(text, sent.start, vStart, index, allQuotes);
      if (!speaker) continue;
      push(speaker.entityId, speaker.how, cue, channel, clauseStart, sent.end);
      break;
    }
  }
  return out;
}

function firstNamed(index: MentionIndex, a: number, b: number): { entityId: string; how: 'name' } | null {
  const m = index.firstIn(a, b);
  return m && m.type !== 'PLACE' ? { entityId: m.entityId, how: 'name' } : null;
}
