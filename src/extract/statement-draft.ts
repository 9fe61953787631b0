import type { StatementKind } from '../model/extraction.js';
import { LEXICON } from './lexicon.js';
import type { Speaker } from './resolve-speaker.js';

/** A statement before ids are assigned. */
export interface StatementDraft {
  kind: StatementKind;
  text: string;
  cue: string;
  speakerId: string;
  channel: string | null;
  start: number;
  end: number;
  confidence: number;
  /** How the speaker was found; read by `refineSpeakers`, not part of the output. */
  via?: Speaker;
  /** A quote with no cue of its own, continuing the previous speaker (see resolveFloating). */
  floating?: boolean;
}

const verbs = [...LEXICON.reportingVerbs]
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** Source of a regex alternation matching any reporting verb as a whole word. */
export const VERB_ALT = `(?:${verbs.join('|')})`;
/** Confidence of an attribution by how the speaker was found. */
export const CONFIDENCE = { name: 0.9, nominal: 0.65, pronoun: 0.75, floating: 0.6 } as const;
