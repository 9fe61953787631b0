/** A sentence span [start, end) of the text. */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS =
  'Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Cpl|Adm|Prof|Rev|St|Sta|Sto|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|Mt|Ft|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Va|Vt|Wash|Wis|Wyo|a\\.m|p\\.m';
// A single capital before a period is an initial ("J. Smith"), except the platform X ("wrote on X.").
const NO_BREAK_BEFORE = new RegExp(
  String.raw`(?:\b(?:${ABBREVIATIONS})|(?<!\bon\s)\b\p{Lu})\.$`,
  'u',
);
// An abbreviation's period, or a period inside a dotted word ("U.S.", "a.m."). Every branch
// starts with the period itself and looks back from after it, so the engine only tries the
// branches at periods (looking back first made it try every abbreviation at every character).
const ABBREVIATION_DOT = new RegExp(
  String.raw`\.(?<=(?:\b(?:${ABBREVIATIONS})|(?<!\bon\s)\b\p{Lu})\.)(?!\p{L}\.)|\.(?<=\p{L}\.)(?=\p{L})`,
  'gu',
);

/** Stands in for the period of an abbreviation in masked text (see `maskAbbreviations`). */
export const MASKED_DOT = '\u2024';

/**
 * The text with the period of every abbreviation ("Dr.", "Calif.", "Nov.", initials) replaced
 * by `MASKED_DOT`, same length, so that sentence-level patterns can treat "." as a sentence
 * end. Offsets are unchanged; `unmask` restores the periods in extracted text.
 */
export function maskAbbreviations(text: string): string {
  return text.replace(ABBREVIATION_DOT, MASKED_DOT);
}

/** Restores the periods hidden by `maskAbbreviations`. */
export function unmask(text: string): string {
  return text.replaceAll(MASKED_DOT, '.');
}

/** Paragraph spans: text separated by blank lines (or single newlines), trimmed. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

/**
 * Sentence spans inside one paragraph [start, end). A break falls after . ! or ? (and any
 * closing quotes or brackets) followed by space and an upper-case letter, digit or opening
 * quote, except after a known abbreviation or a single initial. Breaks inside a double
 * quotation are allowed: quotes are handled separately.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  const re = /[.!?]+["”’')\]]*\s+(?=["“‘'(\p{Lu}\p{N}])/gu;
  re.lastIndex = start;
  const part = text.slice(0, end);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const dot = m.index + (m[0].match(/^[.!?]+/)?.[0].length ?? 1);
    const before = text.slice(Math.max(s, m.index - 12), dot);
    if (m[0].startsWith('.') && NO_BREAK_BEFORE.test(before)) continue;
    const stop = m.index + m[0].trimEnd().length;
    out.push({ start: s, end: stop });
    s = m.index + m[0].length;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}
