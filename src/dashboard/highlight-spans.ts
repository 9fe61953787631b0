/** A half-open range `[start, end)` of UTF-16 offsets into a text, carrying a payload. */
export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

/** A run of text covered by at most one inner span (e.g. an entity mention). */
export interface HighlightPart<I> {
  text: string;
  inner: I | null;
}

/** A run of text covered by at most one outer span (e.g. a statement), split into parts. */
export interface HighlightBlock<O, I> {
  outer: O | null;
  parts: HighlightPart<I>[];
}

/**
 * Cuts `text` into blocks for rendering two layers of highlights: outer spans (statements)
 * containing inner spans (entity mentions). Concatenating every part's text gives back
 * `text` exactly. Spans outside the text, empty or reversed are ignored; where spans of one
 * layer overlap, the one starting first (then the longest) wins the overlap, so the output
 * never nests a layer inside itself. An inner span crossing an outer boundary is split in two.
 */
export function highlightSpans<O, I>(
  text: string,
  outerSpans: readonly Span<O>[],
  innerSpans: readonly Span<I>[],
): HighlightBlock<O, I>[] {
  const outer = layerCoverage(text.length, outerSpans);
  const inner = layerCoverage(text.length, innerSpans);
  const cuts = new Set<number>([0, text.length]);
  for (const layer of [outer, inner]) {
    for (let i = 1; i < text.length; i += 1) if (layer[i] !== layer[i - 1]) cuts.add(i);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const blocks: HighlightBlock<O, I>[] = [];
  let currentOuter: Span<O> | undefined | null = null; // null: no block yet
  for (let k = 0; k + 1 < points.length; k += 1) {
    const start = points[k] as number;
    const end = points[k + 1] as number;
    const outerSpan = outer[start];
    const part: HighlightPart<I> = {
      text: text.slice(start, end),
      inner: inner[start]?.value ?? null,
    };
    const last = blocks[blocks.length - 1];
    // Compare spans by identity: two adjacent statements with equal payloads stay apart.
    if (last !== undefined && currentOuter === outerSpan) {
      last.parts.push(part);
    } else {
      blocks.push({ outer: outerSpan?.value ?? null, parts: [part] });
      currentOuter = outerSpan;
    }
  }
  return blocks;
}

/** For each offset, the span of the layer covering it (first-starting, then longest, wins). */
function layerCoverage<T>(length: number, spans: readonly Span<T>[]): (Span<T> | undefined)[] {
  const coverage = new Array<Span<T> | undefined>(length).fill(undefined);
  const valid = spans
    .filter(
      (s) =>
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        s.start >= 0 &&
        s.end <= length &&
        s.start < s.end,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of valid) {
    for (let i = span.start; i < span.end; i += 1)
      if (coverage[i] === undefined) coverage[i] = span;
  }
  return coverage;
}
