import type { EntityType, Extraction, StatementKind } from '../model/extraction.js';
import { OUTLET_SOURCE_ID } from './prepare-entities.js';
import { quoteKey } from './quote-key.js';
import type { EntityResolution } from './resolve-entities.js';
import { stableId } from './stable-id.js';

/** One article of a batch, with its entities already resolved. */
export interface ResolvedArticle {
  extraction: Extraction;
  contentHash: string;
  resolutions: EntityResolution[];
}

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  dek: string | null;
  source: string | null;
  byline: string | null;
  body: string;
  publishedAt: string | null;
  updatedAt: string | null;
  contentHash: string;
  ingestedAt: string;
  /** Key of the outlet organization, null when Article.source is unknown. */
  outletKey: string | null;
}

/** Properties set when the entity is created, and names added to it either way. */
export interface EntityRow {
  key: string;
  id: string;
  type: EntityType;
  name: string;
  normName: string;
  qualifier: string | null;
  acronym: string | null;
  aliases: string[];
  normAliases: string[];
  titles: string[];
  matchedBy: string[];
}

export interface MentionRow {
  articleId: string;
  key: string;
  count: number;
  offsets: number[];
  /** Rule that tied the article's entity to the stored one (see ResolutionRule). */
  matchedBy: string;
}

export interface StatementRow {
  articleId: string;
  quoteKey: string;
  id: string;
  text: string;
  kind: StatementKind;
  cue: string;
  channel: string | null;
  confidence: number;
  start: number;
  end: number;
  speakerKey: string | null;
  mentionKeys: string[];
}

export interface ArticleWritePlan {
  articles: ArticleRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  statements: StatementRow[];
  /** Stored entities that take a fuller name (resolution rule `fullname`). */
  renames: { key: string; name: string }[];
  /** Per article: distinct entities mentioned and statements carried. */
  counts: Map<string, { entities: number; statements: number }>;
}

const union = (into: string[], items: Iterable<string>) => {
  for (const item of items) if (!into.includes(item)) into.push(item);
};

/**
 * Turns resolved articles into the rows the batch write sends: entities deduplicated by key
 * (names unioned), one MENTIONS row per article and stored entity (counts summed and offsets
 * merged when two extracted entities resolve to the same one), one statement row per article
 * and quote key. Entities sort by key so concurrent writers lock them in the same order.
 */
export function planArticleWrite(
  batch: readonly ResolvedArticle[],
  ingestedAt: Date,
): ArticleWritePlan {
  const entities = new Map<string, EntityRow>();
  const mentions = new Map<string, MentionRow>();
  const statements = new Map<string, StatementRow>();
  const articles: ArticleRow[] = [];
  const counts = new Map<string, { entities: number; statements: number }>();
  const renames = new Map<string, string>();

  for (const { extraction, contentHash, resolutions } of batch) {
    const { article } = extraction;
    const bySourceId = new Map(resolutions.map((r) => [r.entity.sourceId, r]));
    const mentioned = new Set<string>();
    for (const r of resolutions) {
      const e = r.entity;
      let row = entities.get(r.key);
      if (!row) {
        row = {
          key: r.key,
          id: r.id,
          type: e.type,
          name: r.name,
          normName: r.normName,
          qualifier: e.qualifier,
          acronym: e.acronym,
          aliases: [],
          normAliases: [],
          titles: [],
          matchedBy: [],
        };
        entities.set(r.key, row);
      }
      union(
        row.aliases,
        [e.name, ...e.aliases].filter((a) => a !== r.name),
      );
      union(
        row.normAliases,
        [e.normName, ...e.normAliases].filter((a) => a !== r.normName),
      );
      union(row.titles, e.titles);
      union(row.matchedBy, [e.name]);
      if (r.fullName !== undefined && !renames.has(r.key)) renames.set(r.key, r.fullName);
      if (e.sourceId === OUTLET_SOURCE_ID) continue;
      mentioned.add(r.key);
      const id = `${article.id}\u0000${r.key}`;
      const existing = mentions.get(id);
      if (!existing) {
        mentions.set(id, {
          articleId: article.id,
          key: r.key,
          count: e.count,
          offsets: [...e.offsets],
          matchedBy: r.rule,
        });
      } else {
        existing.count += e.count;
        const pairs: [number, number][] = [];
        const all = [...existing.offsets, ...e.offsets];
        for (let i = 0; i + 1 < all.length; i += 2) pairs.push([all[i] ?? 0, all[i + 1] ?? 0]);
        pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        existing.offsets = pairs
          .filter((p, i) => i === 0 || p[0] !== pairs[i - 1]?.[0] || p[1] !== pairs[i - 1]?.[1])
          .flat();
      }
    }
    let carried = 0;
    for (const s of extraction.statements) {
      const speaker = s.speakerId === null ? undefined : bySourceId.get(s.speakerId);
      const key = quoteKey(speaker?.id ?? null, s.text);
      const id = `${article.id}\u0000${key}`;
      if (statements.has(id)) continue;
      carried += 1;
      statements.set(id, {
        articleId: article.id,
        quoteKey: key,
        id: stableId('st', key),
        text: s.text,
        kind: s.kind,
        cue: s.cue,
        channel: s.channel,
        confidence: s.confidence,
        start: s.start,
        end: s.end,
        speakerKey: speaker?.key ?? null,
        mentionKeys: [...new Set(s.mentions.flatMap((m) => bySourceId.get(m)?.key ?? []))],
      });
    }
    articles.push({
      id: article.id,
      url: article.url,
      title: article.title,
      dek: article.dek,
      source: article.source,
      byline: article.byline,
      body: article.body,
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      contentHash,
      ingestedAt: ingestedAt.toISOString(),
      outletKey: bySourceId.get(OUTLET_SOURCE_ID)?.key ?? null,
    });
    counts.set(article.id, { entities: mentioned.size, statements: carried });
  }
  const byKey = <T extends { key: string }>(a: T, b: T) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  return {
    articles,
    entities: [...entities.values()].sort(byKey),
    mentions: [...mentions.values()],
    statements: [...statements.values()],
    renames: [...renames].map(([key, name]) => ({ key, name })),
    counts,
  };
}
