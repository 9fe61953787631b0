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

function typedCandidates(text: string, field: Field): TypedCandidate[] {
  const tokens = tokenize(text);
  // A headline may be in Title Case: every word is treated as possibly capitalised for style.
  const starts = field === 'title' ? new Set(tokens.map((t) => t.start)) : sentenceStarts(text);
  return findAllCandidates(text, tokens, starts).map((found) => {
    const candidate = devolvedGovernment(found, text) ?? found;
    return {
      candidate,
      classification:
        candidate === found
          ? classifyEntity(candidate, text)
          : { type: 'ORGANIZATION' as const, strong: true, canonical: null },
      field,
      source: text,
    };
  });
}

/** Devolved executives, often written in lower case: "the Scottish government". */
const DEVOLVED = new Set(['scottish', 'welsh']);

/** "Scottish" before "government" as one candidate, "Scottish government". */
function devolvedGovernment(c: Candidate, text: string): Candidate | null {
  const only = c.tokens.length === 1 ? c.tokens[0] : undefined;
  if (!only || !DEVOLVED.has(only.key)) return null;
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
  return { ...c, end, text: text.slice(c.start, end), tokens: [only, word] };
}

/** Finds and clusters the named entities of an article's body, dek and title. */
export function findEntities(article: Article): Cluster[] {
  const typed = [
    ...typedCandidates(article.body, 'body'),
    ...(article.dek ? typedCandidates(article.dek, 'dek') : []),
    ...(article.title ? typedCandidates(article.title, 'title') : []),
  ];
  return clusterEntities(typed);
}
