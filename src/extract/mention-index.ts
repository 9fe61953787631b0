import type { EntityType } from '../model/extraction.js';
import type { BuiltEntity } from './build-entities.js';
import type { Gender } from './lexicon.js';

/** A body mention of an entity, for looking speakers up by position. */
export interface IndexedMention {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  gender: Gender;
  titles: string[];
  name: string;
}

type Spans = { start: number; end: number }[];

/** Body mentions sorted by offset, with the lookups speaker resolution needs (binary searches). */
export class MentionIndex {
  readonly mentions: IndexedMention[];
  private readonly byEnd: IndexedMention[];
  /** Entities named in the title or dek (salient for "the company" everywhere). */
  private readonly inTitle: Map<string, IndexedMention>;

  constructor(built: BuiltEntity[]) {
    this.mentions = built
      .flatMap((b) =>
        b.entity.mentions
          .filter((m) => (m.field ?? 'body') === 'body')
          .map((m) => ({
            start: m.start,
            end: m.end,
            entityId: b.entity.id,
            type: b.entity.type,
            gender: b.cluster.gender,
            titles: b.entity.titles,
            name: b.entity.name,
          })),
      )
      .sort((a, b) => a.start - b.start);
    this.byEnd = [...this.mentions].sort((a, b) => a.end - b.end);
    this.inTitle = new Map();
    for (const b of built) {
      const first = this.mentions.find((m) => m.entityId === b.entity.id);
      if (first && b.entity.mentions.some((m) => m.field === 'title' || m.field === 'dek'))
        this.inTitle.set(b.entity.id, first);
    }
  }

  /** The mention that ends exactly at `end`, if any. */
  endingAt(end: number): IndexedMention | undefined {
    const i = lowerBound(this.byEnd, end, (m) => m.end);
    const m = this.byEnd[i];
    return m && m.end === end ? m : undefined;
  }

  /** The first mention starting at or after `start` and ending by `limit`. */
  firstIn(start: number, limit: number): IndexedMention | undefined {
    for (let i = lowerBound(this.mentions, start, (m) => m.start); i < this.mentions.length; i++) {
      const m = this.mentions[i] as IndexedMention;
      if (m.start >= limit) return undefined;
      if (m.end <= limit) return m;
    }
    return undefined;
  }

  /** Ids of entities mentioned inside [start, end). */
  idsWithin(start: number, end: number): string[] {
    const ids = new Set<string>();
    for (let i = lowerBound(this.mentions, start, (m) => m.start); i < this.mentions.length; i++) {
      const m = this.mentions[i] as IndexedMention;
      if (m.start >= end) break;
      if (m.end <= end) ids.add(m.entityId);
    }
    return [...ids];
  }

  /** The nearest mention before `pos` that passes `ok` and lies outside every span in `skip`. */
  lastBefore(
    pos: number,
    ok: (m: IndexedMention) => boolean,
    skip: Spans = [],
  ): IndexedMention | undefined {
    for (let i = lowerBound(this.mentions, pos, (m) => m.start) - 1; i >= 0; i--) {
      const m = this.mentions[i] as IndexedMention;
      if (skip.some((s) => m.start >= s.start && m.end <= s.end)) continue;
      if (ok(m)) return m;
    }
    return undefined;
  }

  /** The first mention starting after `pos` that passes `ok`. */
  firstAfter(pos: number, ok: (m: IndexedMention) => boolean): IndexedMention | undefined {
    for (
      let i = lowerBound(this.mentions, pos + 1, (m) => m.start);
      i < this.mentions.length;
      i++
    ) {
      const m = this.mentions[i] as IndexedMention;
      if (ok(m)) return m;
    }
    return undefined;
  }

  /**
   * Of the entities of `type` mentioned before `pos` (outside `skip`) or in the title, the one
   * mentioned most (a title mention counts two); ties go to the nearest.
   */
  mostMentionedBefore(
    pos: number,
    type: EntityType,
    skip: Spans = [],
    accept: (m: IndexedMention) => boolean = () => true,
  ): IndexedMention | undefined {
    const counts = new Map<string, { n: number; last: IndexedMention }>();
    for (const [id, m] of this.inTitle)
      if (m.type === type && accept(m)) counts.set(id, { n: 2, last: m });
    for (const m of this.mentions) {
      if (m.start >= pos) break;
      if (m.type !== type || skip.some((s) => m.start >= s.start && m.end <= s.end) || !accept(m))
        continue;
      const c = counts.get(m.entityId);
      counts.set(m.entityId, { n: (c?.n ?? 0) + 1, last: m });
    }
    let best: { n: number; last: IndexedMention } | undefined;
    for (const c of counts.values())
      if (!best || c.n > best.n || (c.n === best.n && c.last.start > best.last.start)) best = c;
    return best?.last;
  }
}

/** First index whose key is >= `key` in an array sorted by key. */
function lowerBound<T>(xs: T[], key: number, keyOf: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(xs[mid] as T) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
