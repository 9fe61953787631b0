import type { IndexedMention, MentionIndex } from './mention-index.js';
import type { Span } from './split-sentences.js';
import { CONFIDENCE, type StatementDraft } from './statement-draft.js';

/** "'s mother, " between an owner and the person in apposition to what they own. */
const POSSESSED_APPOSITION =
  /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s*(?:\p{Lu}[\p{L}.]*\s+)?$/u;

/** A sentence's first word when it is a personal pronoun. */
const OPENING_PRONOUN = /^\s*(?:he|she|it|they|we|i|you)\b/i;

/** An adverbial opening a sentence, up to its comma: "In a post on X on Monday, ". */
const INTRO_CLAUSE =
  /^\s*(?:in|on|at|after|before|during|while|when|since|although|though|as|with|without|despite|following|speaking|asked)\b[^,.;"“”]{0,120},\s*/i;

/** How far back (characters) a previous statement still counts as the current topic. */
const PREVIOUS_STATEMENT_REACH = 600;

/**
 * Re-resolves speakers that were found by position only (pronouns, "the company") using the
 * discourse around them, as centering theory suggests: a pronoun refers first to the subject
 * of the previous sentence when that fits (gender, type), else to the speaker of the
 * previous statement when that fits ("an EPA spokeswoman said ... She said ..." -> EPA), else
 * keeps the nearest match. Drafts must be in text order; returns new drafts, without those
 * whose speaker stays unresolved.
 */
export function refineSpeakers(
  text: string,
  drafts: StatementDraft[],
  sentences: Span[],
  index: MentionIndex,
  quotes: Span[],
): StatementDraft[] {
  const entity = new Map<string, IndexedMention>();
  for (const m of index.mentions) if (!entity.has(m.entityId)) entity.set(m.entityId, m);
  const out: StatementDraft[] = [];
  for (const d of drafts) {
    const via = d.via;
    const prev = out[out.length - 1];
    if (!via?.refer || via.at === undefined) {
      if (d.speakerId !== '') out.push(d);
      continue;
    }
    const at = Math.min(d.start, via.at);
    const wantType = via.refer === 'he' || via.refer === 'she' ? 'PERSON' : 'ORGANIZATION';
    // A pronoun inside the sentence refers first to that sentence's subject ("Coach Jo Roe was
    // angered by the penalty, which he said ..."); one opening it, to the previous sentence's.
    const subjectBefore = (pos: number, within: Span[]) =>
      previousSubject(text, pos, within, index, quotes, wantType);
    // Not in a sentence opening with a pronoun ("He pointed to X, which he said ..."): its
    // subject is that pronoun, and the name after it is no subject.
    const here = sentences.find((s) => s.start < at && s.end > at);
    const inner =
      here && !OPENING_PRONOUN.test(text.slice(here.start, here.start + 8))
        ? subjectBefore(here.end, [here])
        : undefined;
    const subject =
      (inner?.type === wantType && inner.end <= at ? inner : undefined) ??
      subjectBefore(at, sentences);
    const near = prev && at - prev.end <= PREVIOUS_STATEMENT_REACH ? prev : undefined;
    let id: string | undefined;
    if (via.refer === 'he' || via.refer === 'she') {
      const want = via.refer === 'he' ? 'male' : 'female';
      const fits = (m: IndexedMention | undefined): boolean =>
        m?.type === 'PERSON' && (m.gender === want || m.gender === 'unknown');
      // A speaker last referred to as "she" is no "he" (and the other way round), even when
      // the name says nothing of gender.
      const otherPronoun =
        (near?.via?.refer === 'he' || near?.via?.refer === 'she') && near.via.refer !== via.refer;
      if (subject && fits(subject)) id = subject.entityId;
      else if (
        near &&
        ((fits(entity.get(near.speakerId)) && !otherPronoun) || near.via?.gender === want)
      )
        id = near.speakerId;
    } else {
      const org = (m: IndexedMention | undefined): boolean => m?.type === 'ORGANIZATION';
      if (near && org(entity.get(near.speakerId)) && !near.via?.gender) id = near.speakerId;
      else if (subject && org(subject)) id = subject.entityId;
    }
    if (id && id !== d.speakerId) out.push({ ...d, speakerId: id, confidence: CONFIDENCE.pronoun });
    else out.push(d);
  }
  return out.filter((d) => d.speakerId !== '');
}

/**
 * The subject of the last sentence before `pos` that is not inside a quotation: a mention
 * opening it. A mention of another type may come first as a modifier: for a person, "Knicks
 * coach Tom Thibodeau" opens with the person after the team.
 */
function previousSubject(
  text: string,
  pos: number,
  sentences: Span[],
  index: MentionIndex,
  quotes: Span[],
  type: IndexedMention['type'],
): IndexedMention | undefined {
  let i = sentences.findIndex((s) => s.end > pos) - 1;
  if (i < -1) i = sentences.length - 1;
  for (let tries = 0; i >= 0 && tries < 3; i--, tries++) {
    const s = sentences[i] as Span;
    if (s.start >= pos) continue;
    if (quotes.some((q) => s.start >= q.start && s.start < q.end)) continue;
    // "In a post on X shortly after the trade, Vail thanked ...": the subject follows the
    // opening adverbial, whatever it names.
    const intro = INTRO_CLAUSE.exec(text.slice(s.start, s.end));
    const from = intro ? s.start + intro[0].length : s.start;
    let m = index.firstIn(from, s.end);
    if (!m || m.start - from > 40) return undefined;
    // "Doe's mother, Jane Doe, held ...": the person in apposition is the subject.
    const appositive = index.firstIn(m.end, s.end);
    if (appositive && POSSESSED_APPOSITION.test(text.slice(m.end, appositive.start)))
      m = appositive;
    if (m.type !== type) {
      const next = index.firstIn(m.end, s.end);
      // Only a title or two between them ("coach", "chief executive").
      if (next?.type === type && next.start - m.end <= 25) return next;
    }
    return m;
  }
  return undefined;
}
