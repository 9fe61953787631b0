import type { Article } from '../model/article.js';
import { classifyEntity } from './classify-entity.js';
import {
  clusterEntities,
  type Cluster,
  type Field,
  type TypedCandidate,
} from './cluster-entities.js';
import { datelineOf } from './dateline.js';
import { findAllCandidates } from './find-candidates.js';
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
  return findAllCandidates(text, tokens, starts).map((candidate) => ({
    candidate,
    classification: classifyEntity(candidate, text),
    field,
    source: text,
  }));
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
