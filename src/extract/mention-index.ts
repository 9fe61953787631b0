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

/** Body mentions sorted by offset, with the lookups speaker resolution needs. */
export class MentionIndex {
  readonly mentions: IndexedMention[];

  constructor(built: BuiltEntity[]) {
    this.mentions = built
      .flatMap((b) =>
        b.entity.mentions
          .filter((m) => m.field !== 'title')
          .map((m) => ({ start: m.start, end: m.end, entityId: b.entity.id, type: b.entity.type, gender: b.cluster.gender, titles: b.entity.titles, name: b.entity.name })),
      )
      .sort((a, b) => a.start - b.start);
  }

  /** The mention that ends exactly at `end` (ignoring a possessive), if any. */
  endingAt(end: number): IndexedMention | undefined {
    return this.mentions.find((m) => m.end === end);
  }

  /** The first mention starting at or after `start` and before `limit`. */
  firstIn(start: number, limit: number): IndexedMention | undefined {
    return this.mentions.find((m) => m.start >= start && m.end <= limit);
  }

  /** Ids of entities mentioned inside [start, end). */
  idsWithin(start: number, end: number): string[] {
    const ids = new Set<string>();
    for (const m of this.mentions) if (m.start >= start && m.end <= end) ids.add(m.entityId);
    return [...ids];
  }

  /** The nearest mention before `pos` that passes `ok` and lies outside every span in `skip`. */
  lastBefore(pos: number, ok: (m: IndexedMention) => boolean, skip: { start: number; end: number }[] = []): IndexedMention | undefined {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.start >= pos) continue;
      if (skip.some((s) => m.start >= s.start && m.end <= s.end)) continue;
      if (ok(m)) return m;
    }
    return undefined;
  }
}
