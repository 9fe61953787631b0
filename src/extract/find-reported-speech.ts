import { channelAfter, invertedSubject } from './attribute-quotes.js';
import { findChannel } from './find-channel.js';
import { datelineOf } from './dateline.js';
import { LEXICON } from './lexicon.js';
import type { MentionIndex } from './mention-index.js';
import { resolveSpeaker, type Speaker } from './resolve-speaker.js';
import type { Span } from './split-sentences.js';
import { CONFIDENCE, VERB_ALT, type StatementDraft } from './statement-draft.js';

const VERB_RE = new RegExp(String.raw`(?<![\p{L}’'-])${VERB_ALT}(?![\p{L}’'-])`, 'gu');
/** A document named by where it appeared: "a study published Wednesday in ...". */
const PUBLISHED_IN = /\b(?:published|appearing|appeared)\b.*\bin\s/;
/** A reporting verb right after a name: "... Ursula von der Leyen argued ...". */
const RELAYED_SPEECH = new RegExp(String.raw`(?<=\p{L})\s+${VERB_ALT}\b`, 'gu');

const VERB_IN = new RegExp(
  String.raw`\b(?:is|are|was|were|has|have|had|will|would|\p{Ll}+ed)\b`,
  'u',
);
/**
 * Some finite verb, loosely: VERB_IN, modals, "do" and any word in -s (which may be one).
 * Reported words have one, an object not.
 */
const MAYBE_VERB = new RegExp(
  String.raw`${VERB_IN.source}|\b(?:can|could|should|may|might|must|shall|do|does|did|\p{Ll}+s)\b|n['’]t\b`,
  'u',
);
const COORDINATED =
  /^,?\s*(?:(?:(?:and|but|though|although|while)\s+(?:he|she|it|they)|and|but)\s+(?:also\s+)?)?$/;
// Asides between a verb and its clause: "said, however, that", "noted, too, that".
// "told reporters the plan ...", "told The Gazette on Monday she ...": an audience, then a clause without "that".
const TOLD_AUDIENCE =
  /^\s+(?:reporters|journalists|lawmakers|senators|investors|analysts|residents|parents|employees|colleagues|supporters|the (?:crowd|council|board|committee|commission|panel|court|jury|audience)|(?:the\s+)?\p{Lu}[\p{L}\u2024’'-]*(?:\s+\p{Lu}[\p{L}\u2024’'-]*){0,4})(?:\s+(?:in|at)\s+\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2})?(?:\s+(?:on|late|early|last)?\s*\p{Lu}[a-z]+day)?\s+(?=(?:the|a|an|he|she|it|they|we|his|her|its|their|this|there|no|some|\d)\b)/u;
const PAREN_AFTER = /^\s*\([^()]{1,40}\)/;
/** ", is trust.": the rest of a clause after a cue set inside it. */
// (The rest may open with a name and go on past commas: 'Without a decree, he argued, Nevada
// would "pump first," and ...'; not with another cue: ", adding ...".)
const PARENTHETICAL_REST =
  /^\s*,\s+(?=(?!(?:adding|saying|noting|citing|according)\b)(?:\p{Ll}[^,]*[.!?]?\s*$|\p{Lu}\p{Ll}+\s+\p{Ll}))/u;
const PRONOUN_CLAUSE =
  /^\s+(?:he|she|they|we|it)\s+(?:was|were|is|are|had|has|have|would|will|could|did|should)\b/;
// ", which was posted Monday," inside a prepositional phrase.
const RELATIVE_ASIDE = /,\s*(?:which|who|where)\b[^,]*,/g;
// "in its annual outlook, released on Wednesday, that": a participle describing the document.
const PARTICIPLE_ASIDE =
  /,\s*(?:released|published|issued|posted|filed|sent|delivered|dated)\b[^,]*,/g;
// "in a study published in August that": a participle dating the document, without commas.
const PARTICIPLE_WHEN =
  /\b(?:published|released|issued|posted|filed|dated)\s+(?:(?:in|on|last|this|earlier\s+this)\s+)?(?:\p{Lu}\p{Ll}+|week|month|year)\b/gu;
const PARTICIPLE_AFTER = new RegExp(String.raw`^\s*,?\s*${PARTICIPLE_WHEN.source}\s*,?`, 'u');
const ASIDE_AFTER =
  /^\s*,?\s*(?:however|though|too|also|instead|again|in part|at the time|in response)\s*,?/;
const TIME_AFTER =
  /^\s*(?:(?:on\s+|early\s+|late\s+|last\s+)?\p{Lu}[a-z]+day(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:week|month|year)|this\s+(?:week|month)|earlier|later|previously|repeatedly|recently)\b\s*,?/u;

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
  const push = (
    speaker: Speaker,
    cue: string,
    channel: string | null,
    a: number,
    b: number,
    joined?: { text: string },
  ): boolean => {
    let s = a;
    let e = b;
    // "..., according to Reuters" closing the clause names who relayed it, not what was said.
    const relay = /,\s*according to\b[^,;]*$/i.exec(text.slice(s, e));
    if (relay && cue !== 'according to') e = s + relay.index;
    while (s < e && /[\s,:"“”]/.test(text[s] ?? '')) s++;
    // "BUENOS AIRES, June 12 (Meridian Press) - Prices rose ..., the agency said": no dateline.
    const dateline = datelineOf(text.slice(s, e));
    if (dateline) s += dateline.length;
    while (e > s && /[\s,"“”]/.test(text[e - 1] ?? '')) e--;
    const clause = joined?.text ?? clean(text.slice(s, e));
    if (clause.split(' ').length < 3) return false;
    if (directQuotes.some((q) => s >= q.start - 1 && e <= q.end + 1)) return false;
    out.push({
      kind: 'INDIRECT',
      text: clause,
      cue,
      speakerId: speaker.entityId,
      channel,
      start: s,
      end: e,
      confidence: CONFIDENCE[speaker.how],
      via: speaker,
    });
    return true;
  };

  for (const sent of sentences) {
    const st = text.slice(sent.start, sent.end);
    // '"...," van der Linde said, adding that the EU would ...': the cue of a quote goes on.
    const adding = ADDING_THAT.exec(st);
    if (adding && !inside(sent.start + adding.index, allQuotes)) {
      const at = sent.start + adding.index;
      const cue = usedCues.find((c) => c.end <= at && c.end >= at - 40 && c.start >= sent.start);
      const q = cue && allQuotes.filter((x) => x.end <= cue.start).at(-1);
      const speaker =
        cue && resolveSpeaker(text, Math.max(sent.start, q?.end ?? 0), cue.start, index, allQuotes);
      if (speaker) push(speaker, 'adding', null, at + adding[0].length, sent.end);
    }
    // according to X
    let afterAccording = -1;
    const acc = /\baccording to\s+/i.exec(st);
    if (acc && !inside(sent.start + acc.index, allQuotes)) {
      const who = sent.start + acc.index + acc[0].length;
      const rest = text.slice(who, sent.end);
      const np = /^[^,.;]*?(?=,|\.?$|;|\s+which\b|\s+who\b)/.exec(rest);
      const npEnd = who + (np?.[0].length ?? 0);
      // "according to a study published in The Lancet": the study speaks, not the journal.
      const published = np !== null && PUBLISHED_IN.test(np[0]);
      // "according to an analysis by the Berlin-based group X": the body behind the work.
      const by = np ? WORK_BY.exec(np[0]) : null;
      // "The Water Authority ... does not plan to pump, according to its long-range plan": the
      // body the sentence opens with wrote it.
      const owned = np && /^(?:its|their)\s/i.test(np[0]) ? firstOrg(index, sent.start, who) : null;
      const speaker = by
        ? (firstNamed(index, who + by[0].length, npEnd, true) ??
          resolveSpeaker(text, who + by[0].length, npEnd, index, allQuotes))
        : (owned ??
          (np && !published
            ? (resolveSpeaker(text, who, npEnd, index, allQuotes) ?? firstNamed(index, who, npEnd))
            : null));
      // "Jane Doe said Y, according to Reuters": the outlet only relays what a named speaker
      // said (read below). Not "Y was reported, according to the weather service".
      const relayed =
        acc.index > 0 && relayedSpeech(text, sent.start, sent.start + acc.index, index);
      if (speaker && !relayed) {
        if (
          acc.index === 0 ||
          /^\s*$/.test(st.slice(0, acc.index).replace(/^\s*(?:but|and|yet)\s*$/i, ''))
        ) {
          const comma = text.indexOf(',', npEnd);
          if (comma >= 0 && comma < sent.end)
            push(speaker, 'according to', null, comma + 1, sent.end);
        } else {
          push(speaker, 'according to', null, sent.start, sent.start + acc.index);
          // "..., according to Jo Roe, an analyst, who estimated that ...": read on after the name.
          afterAccording = npEnd;
        }
        if (afterAccording < 0) continue;
      }
    }
    VERB_RE.lastIndex = 0;
    // Set after a statement: its speaker and where a coordinated verb may continue it.
    let last: { speaker: Speaker; end: number } | null = null;
    for (let m = VERB_RE.exec(st); m; m = VERB_RE.exec(st)) {
      const vStart = sent.start + m.index;
      const vEnd = vStart + m[0].length;
      const verb = m[0];
      if ((last && vStart < last.end) || vStart < afterAccording) continue;
      if (inside(vStart, allQuotes) || inside(vStart, usedCues)) continue;
      const from = last ? last.end : sent.start;
      const pre = text.slice(from, vStart);
      if (!pre.trim()) continue;
      const post = text.slice(vEnd, sent.end);
      // "..., X said." / "..., X said Tuesday, ..." — the cue closes the clause.
      if (!last) {
        const final = clauseFinal(post) ?? (/^tel|^told/.test(verb) ? toldFinal(post) : null);
        if (final) {
          const comma = pre.lastIndexOf(',');
          if (comma <= 0) continue;
          if (/^\s*["“]/.test(pre)) break;
          // "X will stay with the company, a spokesperson said": the body the clause names.
          const bare = BARE_SPOKES.test(text.slice(sent.start + comma + 1, vStart));
          const inClause = bare ? firstOrg(index, sent.start, sent.start + comma) : null;
          const speaker =
            inClause ?? resolveSpeaker(text, sent.start + comma + 1, vStart, index, allQuotes);
          if (speaker) push(speaker, verb, final.channel, sent.start, sent.start + comma);
          // "..., Goldfarb noted, but she argued that ...": the next cue shares the speaker.
          if (speaker && final.coordinated) {
            last = { speaker, end: vEnd };
            continue;
          }
          break;
        }
        // "The harder problem, Baek insists, is trust." — a cue set inside the clause.
        const inner = PARENTHETICAL_REST.exec(post);
        const comma = pre.lastIndexOf(',');
        // (Quoted words may follow the cue: "The economy, he wrote, needed "relief now."")
        if (
          inner &&
          comma > 0 &&
          !/["“”]/.test(text.slice(sent.start, vStart)) &&
          !LEXICON.objectVerbs.has(verb)
        ) {
          const at = sent.start + comma + 1;
          const words = text.slice(at, vStart).trim().split(/\s+/).length;
          const speaker = words <= 4 ? resolveSpeaker(text, at, vStart, index, allQuotes) : null;
          if (speaker) {
            const restAt = vEnd + inner[0].length;
            push(speaker, verb, null, sent.start, sent.end, {
              text: `${clean(text.slice(sent.start, sent.start + comma))} ${clean(text.slice(restAt, sent.end))}`,
            });
            break;
          }
        }
        // "..., noted Jane Doe, a professor at ..." — inverted cue after the clause.
        if (
          /,\s*$/.test(pre) &&
          !/^\s*["“]/.test(pre) &&
          !LEXICON.objectVerbs.has(verb) &&
          !/^accus/.test(verb)
        ) {
          const who = invertedSubject(text, vEnd + (/^\s*/.exec(post)?.[0].length ?? 0), index);
          if (
            who &&
            /^[\s\p{L}\p{M}.\u2024’'-]*$/u.test(text.slice(vEnd, who.start)) &&
            /^\s*(?:[,.;]|$|\s(?:of|at|from|who)\b)/u.test(text.slice(who.end, sent.end)) &&
            !/\bthat\b/.test(text.slice(who.end, sent.end))
          ) {
            push(
              { entityId: who.entityId, how: 'name' },
              verb,
              null,
              sent.start,
              sent.start + pre.lastIndexOf(','),
            );
            break;
          }
        }
      }
      if (/^\s*[:,]?\s*["“]/.test(post) && !/^\s*that/.test(post)) continue;
      // "X added 12 points" is not speech.
      if (/^add/.test(verb) && /^\s+\d/.test(post)) continue;
      let clauseStart = -1;
      let cue = verb;
      let channel: string | null = null;
      if (LEXICON.objectVerbs.has(verb) && !/^(urge|ask|warn)/.test(verb)) {
        // "told reporters the room was hurting but that ...": the clause starts right after
        // the audience, not at a later "that".
        const that =
          (/^tel|^told/.test(verb) ? TOLD_AUDIENCE.exec(post) : null) ??
          /\bthat\s+/.exec(post.slice(0, 160));
        if (!that) continue;
        clauseStart = vEnd + that.index + that[0].length;
        channel = channelAfter(text, verb, vEnd);
      } else if (/^call/.test(verb)) {
        const on = /^\s+(on|for)\s+/.exec(post);
        // "called the findings "compelling but not conclusive"": a verdict in quotation marks.
        const verdict = /^\s+[^"“.;]{1,60}?\s["“]/.exec(post);
        if (on) {
          cue = `${verb} ${on[1]}`;
          clauseStart = vEnd + on[0].length;
        } else if (verdict) clauseStart = vEnd;
        else continue;
      } else if (/^accus/.test(verb)) {
        // "accused the DA of playing politics": the charge, with whom it is laid against.
        if (!/^\s+[^.;:]{1,80}?\s+of\s+/.test(post) || PASSIVE_BEFORE.test(pre)) continue;
        clauseStart = vEnd + (post.length - post.trimStart().length);
      } else if (/^(?:describ|dismiss)/.test(verb)) {
        // "described the plan as reckless", "dismissed the pledge as a thought bubble".
        const as = /^\s+(?:[^.;]{1,80}?\s+)?as\s+/.exec(post);
        if (!as) continue;
        cue = `${verb} as`;
        clauseStart = vEnd + as[0].length;
      } else if (/^(urge|ask|warn)/.test(verb) && /^\s+[\w\s]{1,60}?\s+to\s+/.test(post)) {
        clauseStart = vEnd;
      } else {
        const ch = findChannel(post);
        channel = ch.channel;
        let p = ch.length;
        for (let k = 0; k < 3; k++) {
          const skip =
            TIME_AFTER.exec(post.slice(p)) ??
            ASIDE_AFTER.exec(post.slice(p)) ??
            PAREN_AFTER.exec(post.slice(p)) ??
            PARTICIPLE_AFTER.exec(post.slice(p));
          if (!skip) break;
          p += skip[0].length;
        }
        let that = /^\s*,?\s*that\s+/.exec(post.slice(p));
        // "wrote in a letter to the agency (FTC), which ..., that ...": a prepositional phrase before "that".
        if (
          !that &&
          /^(?:\s+(?:in|on|at|during|to|after|before|via|through|from|with|by)\s|\s*,\s*(?:which|who|where)\s)/.test(
            post.slice(p),
          )
        ) {
          const pp = /^[^.;:"“”]{0,200}?\s*,?\s*\bthat\s+/.exec(post.slice(p));
          if (
            pp &&
            !VERB_IN.test(
              pp[0]
                .replace(RELATIVE_ASIDE, '')
                .replace(PARTICIPLE_ASIDE, '')
                .replace(PARTICIPLE_WHEN, ''),
            )
          )
            that = pp;
        }
        // "asked (Roe) whether anyone had reported it": an indirect question, from "whether".
        const whether =
          !that && /^(?:ask|question)/.test(verb) ? WHETHER_AFTER.exec(post.slice(p)) : null;
        if (that) p += that[0].length;
        else if (whether) p += whether[0].length;
        // "pledged at the time to overhaul its checks": a promise is its infinitive.
        const promise = !that && PROMISE_VERBS.test(verb) && /^\s*to\s+\p{Ll}/u.test(post.slice(p));
        // "admitted he was nervous": without "that", only a pronoun and a verb make a clause.
        if (
          !that &&
          !whether &&
          !promise &&
          LEXICON.thatOnlyVerbs.has(verb) &&
          !PRONOUN_CLAUSE.test(post.slice(p))
        )
          continue;
        const rest = post.slice(p);
        if (!/^\s*["“]?[\p{L}\p{N}$]/u.test(rest)) continue;
        // "said the agency" (inverted, no clause) or a verb used as a plain noun/adjective.
        if (
          /^\s*(?:to|in|at(?!\s+(?:least|most)\b)|by|of|with|for|on|from|about(?!\s+\d))\b/.test(
            rest,
          ) &&
          !that &&
          !promise
        )
          continue;
        if (/^\s*it\s*[.,;]/.test(rest)) continue;
        // "declared a disaster for the county": an object, not reported words (no verb in it).
        if (!that && /^\s*an?\s/.test(rest) && !MAYBE_VERB.test(rest.split(/[.;!?]/)[0] ?? ''))
          continue;
        clauseStart = vEnd + p;
      }
      // "a red flag warning through Thursday": an -ing form without a comma is a noun here.
      if (/ing$/.test(verb) && !/,\s*$/.test(pre) && !last) continue;
      let speaker: Speaker | null;
      if (last && COORDINATED.test(pre)) speaker = last.speaker;
      // "X said A, while Verhaegen posted that B": another speaker's clause.
      else if (last && /^,?\s*(?:while|whereas)\s+\p{Lu}/u.test(pre)) {
        const named = index.endingAt(from + pre.trimEnd().length);
        if (!named || named.type === 'PLACE') continue;
        speaker = { entityId: named.entityId, how: 'name' };
      } else if (last) continue;
      else if (/^ing$/.test(verb.slice(-3)) && /,\s*$/.test(pre))
        speaker = sentenceSubject(text, sent, vStart, index, allQuotes);
      // "The weather service has issued a warning and warned that ...": the sentence's subject.
      else if (/\s(?:and|but)\s+(?:also\s+)?$/.test(pre) && VERB_IN.test(pre))
        speaker =
          resolveSpeaker(text, sent.start, vStart, index, allQuotes) ??
          sentenceSubject(text, sent, vStart, index, allQuotes);
      else if (RELATIVE_WHO.test(pre))
        speaker = whoAntecedent(sent.start, from + pre.search(RELATIVE_WHO), index, allQuotes);
      else speaker = resolveSpeaker(text, sent.start, vStart, index, allQuotes);
      if (!speaker) continue;
      // "X said A and warned that B": the clause stops where a coordinated reporting verb starts.
      const split = nextCoordinated(text, clauseStart, sent.end, allQuotes);
      const tail = narratorTail(text, clauseStart, split ? split.conj : sent.end, allQuotes);
      push(speaker, cue, channel, clauseStart, tail ?? (split ? split.conj : sent.end));
      // "..., a remark the JMM described as "an open invitation"": the gloss quotes another speaker.
      const gloss =
        tail === null ? null : glossSpeech(text, tail, split ? split.conj : sent.end, index);
      if (gloss) push(gloss.speaker, gloss.cue, null, gloss.start, gloss.end);
      if (!split) break;
      last = { speaker, end: split.conj };
    }
  }
  return out;
}

/** "..., Sheriff Jane Doe told KMVQ.": an audience and the sentence's end after "told". */
function toldFinal(post: string): { channel: string | null; coordinated?: boolean } | null {
  const m = TOLD_FINAL.exec(post);
  return m ? { channel: m[1] ?? null } : null;
}
// (Then perhaps when or where: "told the Chronicle after the meeting.")
const TOLD_FINAL =
  /^\s+((?:reporters|journalists|(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}))(?:\s+(?:after|before|during|following|on|at|last|this)\s+[^,.;"“”]{1,30}?)?\s*[.!?]?["”]?\s*$/u;

const ADDING_THAT = /,\s+adding\s+(?:that\s+)?(?=\p{L})/u;

/** ", who wrote on X that ...": a relative clause whose subject is named before it. */
const RELATIVE_WHO = /,\s*who\s+(?:also\s+|later\s+|then\s+)?$/;

/**
 * The person "who" refers to in "That did not satisfy Lonnie Struthers, the chairman of the
 * party, who wrote ...": the last person named in the sentence before it (an appositive's
 * organization is skipped), else the last organization.
 */
function whoAntecedent(
  sentStart: number,
  whoAt: number,
  index: MentionIndex,
  quotes: Span[],
): Speaker | null {
  const within = (x: { start: number }) => x.start >= sentStart;
  const m =
    index.lastBefore(whoAt, (x) => x.type === 'PERSON' && within(x), quotes) ??
    index.lastBefore(whoAt, (x) => x.type === 'ORGANIZATION' && within(x), quotes);
  return m ? { entityId: m.entityId, how: 'name' } : null;
}

/** What may follow the verb of a clause-final cue: channel, time, then the sentence end or an aside. */
function clauseFinal(post: string): { channel: string | null; coordinated?: boolean } | null {
  let p = 0;
  let channel: string | null = null;
  for (let k = 0; k < 3; k++) {
    const ch = findChannel(post.slice(p));
    if (ch.length) {
      channel ??= ch.channel;
      p += ch.length;
      continue;
    }
    const t = TIME_AFTER.exec(post.slice(p));
    if (!t || !t[0].length) break;
    p += t[0].length;
  }
  // "in a letter to the board.": whom a document went to, after its channel.
  const recipient = p > 0 ? RECIPIENT.exec(post.slice(p)) : null;
  const rest = post.slice(p + (recipient?.[0].length ?? 0));
  if (/^\s*[.!?]?["”]?\s*$/.test(rest) || /^\s*,\s*(?:adding|noting|citing)\b/.test(rest))
    return { channel };
  if (/^\s*,\s*(?:but|and)\s+(?:he|she|they|it)\s/.test(rest))
    return { channel, coordinated: true };
  // "..., the agency said on Thursday, even as workers walked out" (or ", just days after ..."):
  // the writer's own clause.
  if (
    /^\s*,\s*(?:even as|even though|as|while|amid|despite|(?:just\s+|only\s+)?(?:(?:a\s+few|two|three|several)\s+)?(?:days|hours|weeks|months)\s+(?:after|before))\s/.test(
      rest,
    ) &&
    !/^[^.;]{0,40}\bthat\b/.test(rest)
  )
    return { channel };
  // "..., the agency said Tuesday, the largest ..." — an aside after the cue (not a clause).
  if (
    p > 0 &&
    (/,\s*$/.test(post.slice(0, p)) || /^\s*,/.test(rest)) &&
    /^\s*,?\s*(?:the|a|an|its|his|her|their)\s/.test(rest) &&
    !AUXILIARY.test(rest)
  ) {
    return { channel };
  }
  return null;
}

const RECIPIENT =
  /^\s+(?:to|with)\s+(?:(?:the|its|his|her|their)\s+)?(?:\p{Ll}[\w-]*\s?){1,3}(?=[.!?,]?\s*$)/u;

/** A finite auxiliary: an aside after a cue has none ("the lowest level recorded since 2015"). */
const AUXILIARY = /\b(?:is|are|was|were|has|have|had|will|would)\b/;

/** The subject of the sentence, for a participle cue ("X voted no, arguing that ..."). */
function sentenceSubject(
  text: string,
  sent: Span,
  vStart: number,
  index: MentionIndex,
  quotes: Span[],
): Speaker | null {
  const pre = text.slice(sent.start, vStart);
  // "Jane Doe, a nurse who ..., voted no, arguing": the first chunk names the subject.
  const comma = pre.indexOf(',');
  const lead =
    comma > 0 ? resolveSpeaker(text, sent.start, sent.start + comma + 1, index, quotes) : null;
  if (lead) return lead;
  const verbish = /\s(?:\p{Ll}+ed|\p{Ll}+s)\s/u.exec(pre);
  const bySuffix = verbish
    ? resolveSpeaker(text, sent.start, sent.start + verbish.index + 1, index, quotes)
    : null;
  if (bySuffix) return bySuffix;
  // "The tribunal upheld the result, ruling that ...": an irregular verb; the shortest opening
  // words that name someone.
  const words = /^(?:\S+\s+){1,4}/.exec(pre)?.[0].split(/(?<=\s)(?=\S)/) ?? [];
  let end = sent.start;
  for (const w of words) {
    end += w.length;
    const who = resolveSpeaker(text, sent.start, end, index, quotes);
    if (who) return who;
  }
  return null;
}

/** Verbs of promising, whose reported words may be an infinitive ("vowed to appeal"). */
const PROMISE_VERBS = /^(?:pledged|pledges|vowed|vows|promised|promises|threatened|threatens)$/;

/** "was accused by ... of": the verb is passive, its subject is the accused. */
const PASSIVE_BEFORE = /\b(?:was|were|been|be|is|are|being|get|gets|got)\s+$/i;

/** A piece of work and its maker: "an analysis by", "a new report by", "figures compiled by". */
const WORK_BY =
  /^(?:an?|the)?\s*(?:[\p{L}-]+\s+){0,3}?(?:analysis|report|study|survey|estimate|estimates|data|figures|poll|review|assessment|audit|tally|count|calculations?|filing|memo|letter|note)\s+(?:[\p{L}-]+\s+){0,2}?by\s+/iu;

/**
 * What may stand between "asked" and "whether" (or "why", "how"): nothing, or the one asked
 * ("asked Roe whether").
 */
const WHETHER_AFTER = /^\s+(?:\p{Lu}[\p{L}’'-]+\s+){0,2}(?=(?:whether|why|how)\s)/u;

/**
 * Acts of speech that take an object rather than a clause ("but blamed the Treasury"): after
 * "and"/"but" in a reported clause, the speaker's next act, not the clause's content.
 */
const SPEECH_ACTS = 'blamed|critici[sz]ed|defended|rejected|denied|dismissed|praised|thanked';

/** "and added a public boardwalk": "added" with a thing for object is no cue. */
const ADDED_THING = String.raw`added\s+(?:a|an|another|more|new|\d)\b`;

// Without a pronoun, only a past-tense reporting verb ("and states continue" is not a cue, nor
// "and worked weekends", nor "and expected to file"); ", accusing X of" starts a statement of
// its own, and so does ", saying ..." after another cue's clause. Built once: the verb
// alternation is long.
const COORDINATED_VERB = new RegExp(
  String.raw`,\s+(?=(?:accusing|saying|arguing|noting|warning|insisting|claiming|adding)\s)|,?\s+(?:(?:and|but|though|although|while)\s+(?:he|she|it|they)\s+(?:also\s+)?${VERB_ALT}|(?:while|whereas)\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}\s+(?=${VERB_ALT}\b)|(?:and|but)\s+(?:also\s+)?(?:(?=${VERB_ALT}\b)(?!${ADDED_THING})\p{Ll}+ed(?!\s+to\b)|said|told|wrote|thought|found|${SPEECH_ACTS}))\b`,
  'gu',
);

/** A coordinated reporting verb inside a reported clause: "..., and warned", "but argued", "though he acknowledged". */
function nextCoordinated(
  text: string,
  a: number,
  b: number,
  quotes: Span[],
): { conj: number } | null {
  const re = COORDINATED_VERB;
  re.lastIndex = 0;
  const part = text.slice(a, b);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const at = a + m.index;
    if (!inside(at, quotes)) return { conj: at };
  }
  return null;
}

/**
 * Where the writer takes over from a reported clause: "..., and his campaign filed a complaint"
 * (a possessive subject and a plain past-tense verb tell what the speaker's side did next, not
 * what was said).
 */
function narratorTail(text: string, a: number, b: number, quotes: Span[]): number | null {
  const part0 = text.slice(a, b);
  // '... "one bad weekend away from a crisis" as he pressed for more': the quoted words end it.
  const after = QUOTE_THEN_NARRATION.exec(part0);
  if (after) return a + after.index + 1;
  // "..., a pledge Brazil repeated last year": the writer's gloss on what was said; "..., as
  // Labor moves to shore up its seats": what the speaker's side is doing meanwhile.
  const gloss = GLOSS.exec(part0) ?? AS_NAMED_MOVES.exec(part0) ?? NARRATOR_PARTICIPLE.exec(part0);
  // (The comma may close a quotation: '"... government," a remark ...'.)
  if (gloss && !inside(a + gloss.index + gloss[0].search(/\s/), quotes)) return a + gloss.index;
  const re =
    /,\s+(?:and|but)\s+(?:his|her|their)\s+(?:\p{Ll}+\s+){1,2}(?:\p{Ll}{2,}ed|filed|took|went|sent|made|began|won|lost|sued|paid)\b/gu;
  const part = text.slice(a, b);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const at = a + m.index;
    // A short clause ("prices rose, and her staff expected ...") is kept whole.
    if (!inside(at, quotes) && text.slice(a, at).trim().split(/\s+/).length >= 5) return at;
  }
  return null;
}

/**
 * ", escalating a months-long dispute": the writer's participle on what the speaker did; ",
 * pointing to $38 million ..." or ", citing ...": what the speaker offered in support.
 */
const NARRATOR_PARTICIPLE =
  /,\s+(?:escalating|deepening|prompting|sparking|sending|marking|capping|fuell?ing|triggering|reigniting|intensifying|pointing\s+to|citing)\s/u;
const QUOTE_THEN_NARRATION =
  /["”]\s+(?:as|while|after|before)\s+(?:he|she|they)\s+(?:\p{Ll}+ed|was|were|took|made|sought)\b/u;
/** A summing-up noun in apposition to the whole clause: ", a pledge ...", ", a claim ...". */
const GLOSS =
  /,["”]?\s+(?:a|an)\s+(?:pledge|promise|claim|commitment|goal|target|assertion|allegation|accusation|charge|view|position|stance|move|step|reference|nod|remark|message|comment|signal|sentiment|argument|suggestion|refrain)\b[^,;]*[.!?]?$/u;

/** ", a remark the JMM described as ...": a gloss naming who characterised what was said. */
const GLOSS_SPEECH =
  /^,["”]?\s+(?:a|an)\s+\p{Ll}+\s+(?:that\s+|which\s+)?(?:the\s+)?\p{Lu}[^,;"“]*?(?=\s+(?:described|called|dismissed|branded|labell?ed|termed|derided)\s+as\s)/u;

/** The speaker, cue and span of what a gloss in [a, b) quotes, if it names a speaker. */
function glossSpeech(
  text: string,
  a: number,
  b: number,
  index: MentionIndex,
): { speaker: Speaker; cue: string; start: number; end: number } | null {
  const m = GLOSS_SPEECH.exec(text.slice(a, b));
  if (!m) return null;
  const who = index.endingAt(a + m[0].length);
  if (!who || who.type === 'PLACE') return null;
  const verb = /^\s+(\p{Ll}+)\s+as\s+/u.exec(text.slice(a + m[0].length, b));
  if (!verb) return null;
  return {
    speaker: { entityId: who.entityId, how: 'name' },
    cue: `${verb[1]} as`,
    start: a + m[0].length + verb[0].length,
    end: b,
  };
}

/** A spokesperson of no named body: "a spokesperson", "a company spokeswoman". */
const BARE_SPOKES = /^\s*an?\s+(?:company\s+)?spokes(?:man|woman|person)\s*$/i;

/** The first organization named in [a, b). */
function firstOrg(index: MentionIndex, a: number, b: number): Speaker | null {
  for (let m = index.firstIn(a, b); m; m = index.firstIn(m.end, b))
    if (m.type === 'ORGANIZATION') return { entityId: m.entityId, how: 'name' };
  return null;
}

const AS_NAMED_MOVES =
  /,\s+as\s+(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*\s+\p{Ll}+s\s+to\s/u;

/** True when a person named in [a, b) is the subject of a reporting verb there. */
function relayedSpeech(text: string, a: number, b: number, index: MentionIndex): boolean {
  RELAYED_SPEECH.lastIndex = 0;
  const part = text.slice(a, b);
  for (let m = RELAYED_SPEECH.exec(part); m; m = RELAYED_SPEECH.exec(part))
    if (index.endingAt(a + m.index)?.type === 'PERSON') return true;
  return false;
}

/** The first person or organization named in [a, b); with `pastPlaces`, after any places. */
function firstNamed(index: MentionIndex, a: number, b: number, pastPlaces = false): Speaker | null {
  let m = index.firstIn(a, b);
  while (pastPlaces && m?.type === 'PLACE') m = index.firstIn(m.end, b);
  return m && m.type !== 'PLACE' ? { entityId: m.entityId, how: 'name' } : null;
}
