import type { Article } from '../model/article.js';
import { classifyEntity } from './classify-entity.js';
import {
  clusterEntities,
  type Cluster,
  type Field,
  type TypedCandidate,
} from './cluster-entities.js';
import { datelineOf } from './dateline.js';
import { findAllCandidates, type Candidate } from './find-candidates.js';
import { LEXICON, foldKey } from './lexicon.js';
import { splitParagraphs, splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';

/** Offsets where sentences of `text` start (first word after any opening quote). */
export function sentenceStarts(text: string): Set<number> {
  const starts = new Set<number>();
  for (const p of splitParagraphs(text)) {
    // After a dateline ("WASHINGTON — A Senate committee ...") a sentence starts too.
    const dateline = datelineOf(text.slice(p.start, p.end));
    if (dateline) starts.add(p.start + dateline.length);
    for (const s of splitSentences(text, p.start, p.end)) {
      const m = /^[\s"“‘'([—–-]*/u.exec(text.slice(s.start, s.start + 8));
      starts.add(s.start + (m?.[0].length ?? 0));
    }
  }
  // After an opening quote inside a sentence the quoted words start a sentence too.
  for (const m of text.matchAll(/(?:^|[\s(])["“]/gu)) starts.add(m.index + m[0].length);
  return starts;
}

function typedCandidates(text: string, field: Field, publisher?: Publisher): TypedCandidate[] {
  const tokens = tokenize(text);
  // A headline may be in Title Case: every word is treated as possibly capitalised for style.
  const starts = field === 'title' ? new Set(tokens.map((t) => t.start)) : sentenceStarts(text);
  return findAllCandidates(text, tokens, starts).map((found) => {
    const candidate = devolvedGovernment(found, text) ?? found;
    const key = foldKey(candidate.text);
    return {
      candidate,
      classification:
        candidate !== found
          ? { type: 'ORGANIZATION' as const, strong: true, canonical: null }
          : publisher && (key === publisher.key || key === publisher.short)
            ? { type: 'ORGANIZATION' as const, strong: true, canonical: publisher.name }
            : classifyEntity(candidate, text),
      field,
      source: text,
    };
  });
}

/**
 * Devolved, state and provincial executives, often written in lower case: "the Scottish
 * government", "the NSW government", "the Ontario government".
 */
const DEVOLVED = new Set([
  'scottish',
  'welsh',
  'nsw',
  'new south wales',
  'queensland',
  'victorian',
  'tasmanian',
  'western australian',
  'south australian',
  'ontario',
  'alberta',
  'quebec',
  'british columbia',
  'saskatchewan',
  'manitoba',
  'nova scotia',
  'new brunswick',
]);

/** "Scottish" before "government" as one candidate, "Scottish government". */
function devolvedGovernment(c: Candidate, text: string): Candidate | null {
  if (!DEVOLVED.has(c.tokens.map((t) => t.key).join(' '))) return null;
  const m = /^\s+government\b/.exec(text.slice(c.end, c.end + 12));
  if (!m) return null;
  const end = c.end + m[0].length;
  const word = {
    text: 'government',
    start: end - 10,
    end,
    key: 'government',
    cap: false,
    allCaps: false,
    possessive: false,
  };
  return { ...c, end, text: text.slice(c.start, end), tokens: [...c.tokens, word] };
}

/**
 * A Title Case headline capitalises common words: "Hung Assembly" is no name when the body
 * writes it "hung Assembly" and never as in the headline.
 */
function lowerCaseInBody(name: string, body: string): boolean {
  if (!name.includes(' ')) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'giu');
  let any = false;
  for (const m of body.matchAll(found)) {
    if (m[0] === name) return false;
    any = true;
  }
  return any;
}

/** The outlet that published the article, as its body may name it ("seen by Ledgerpoint"). */
interface Publisher {
  name: string;
  key: string;
  /** The first word of a longer name ("Ledgerpoint" of "Ledgerpoint Business"), if distinctive. */
  short: string | null;
}

function publisherOf(source: string | null | undefined): Publisher | undefined {
  const name = source?.trim().replace(/^the\s+/i, '');
  if (!name || !/^\p{Lu}/u.test(name) || /[/:]/.test(name)) return undefined;
  const first = name.split(/\s+/)[0] ?? '';
  const short =
    name.includes(' ') &&
    first.length >= 4 &&
    !LEXICON.commonWords.has(foldKey(first)) &&
    !LEXICON.places.has(foldKey(first)) &&
    !LEXICON.demonyms.has(foldKey(first))
      ? foldKey(first)
      : null;
  return { name, key: foldKey(name), short };
}

/** Finds and clusters the named entities of an article's body, dek and title. */
export function findEntities(article: Article): Cluster[] {
  // The publisher counts only where the body names it.
  const typed = [
    ...typedCandidates(article.body, 'body', publisherOf(article.source)),
    ...(article.dek ? typedCandidates(article.dek, 'dek') : []),
    ...(article.title ? typedCandidates(article.title, 'title') : []).filter(
      (tc) => !lowerCaseInBody(tc.candidate.text, article.body),
    ),
  ];
  return clusterEntities(typed);
}
