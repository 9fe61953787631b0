/**
 * The read side of the graph store: runs the Cypher built in queries/ and hands out plain
 * records (read-records.ts). Batch methods take many keys and answer in key order, for
 * DataLoaders; page methods take an opaque cursor and return one keyset page. Lookups run as
 * interactive reads; exploration (related, path, search) and dashboard aggregates as
 * background reads, which wait behind lookups when Neo4j is busy (see read-scheduler.ts).
 */
import type { Database, Row } from './database.js';
import type { EntityType } from '../model/extraction.js';
import type {
  ArticleEntityRecord,
  ArticleRecord,
  EntityCountRecord,
  EntityCountsRecord,
  EntityRecord,
  GraphStatsRecord,
  PageRecord,
  PathStepRecord,
  SearchHitRecord,
  StatementPageRecord,
  StatementRecord,
  TimeBucketRecord,
} from './read-records.js';
import {
  graphStatsQuery,
  entityTimelineQuery,
  statementTimelineQuery,
  topEntitiesQuery,
  topSpeakersQuery,
  type BucketUnit,
  type Window,
} from './queries/aggregate-queries.js';
import {
  articlesCountQuery,
  articlesPageQuery,
  type ArticleCriteria,
} from './queries/articles-query.js';
import {
  articleBodiesQuery,
  articleMentionsQuery,
  articlesByIdsQuery,
  articleStatementsQuery,
  entitiesByIdsQuery,
  entityCountsQuery,
  statementsByIdsQuery,
} from './queries/by-ids-queries.js';
import {
  entitiesCountQuery,
  entitiesPageQuery,
  type EntityCriteria,
} from './queries/entities-query.js';
import { fillTimeBuckets } from './queries/fill-time-buckets.js';
import { luceneQuery } from './queries/lucene-query.js';
import { decodeCursor, encodeCursor } from './queries/page-cursor.js';
import { pathQuery } from './queries/path-query.js';
import { relatedEntitiesQuery, type RelatedKey } from './queries/related-entities-query.js';
import { searchEntitiesQuery, searchStatementsQuery } from './queries/search-queries.js';
import {
  statementsCountQuery,
  statementsPageQuery,
  type StatementCriteria,
} from './queries/statements-query.js';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
/** An ISO 8601 time from epoch milliseconds (how queries return times) or an ISO string. */
const isoTime = (v: unknown): string | null =>
  typeof v === 'number' ? new Date(v).toISOString() : str(v);
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export function toEntityRecord(row: Row): EntityRecord {
  return {
    id: String(row.id),
    type: row.type as EntityType,
    name: String(row.name ?? ''),
    aliases: strings(row.aliases),
    titles: strings(row.titles),
  };
}

export function toArticleRecord(row: Row): ArticleRecord {
  return {
    id: String(row.id),
    title: str(row.title),
    dek: str(row.dek),
    url: str(row.url),
    source: str(row.source),
    byline: str(row.byline),
    publishedAt: isoTime(row.publishedAt),
  };
}

export function toStatementRecord(row: Row): StatementRecord {
  const speaker = isRow(row.speaker) ? row.speaker : null;
  const record: StatementRecord = {
    id: String(row.id),
    text: String(row.text ?? ''),
    kind: row.kind === 'INDIRECT' ? 'INDIRECT' : 'DIRECT',
    cue: str(row.cue),
    channel: str(row.channel),
    confidence: num(row.confidence),
    firstReportedAt: isoTime(row.firstReportedAt),
    speakerId: speaker ? String(speaker.id) : str(row.speakerId),
    mentionIds: row.mentionIds === undefined ? null : strings(row.mentionIds),
    articleIds: Array.isArray(row.articles)
      ? row.articles.filter(isRow).map((a) => String(a.id))
      : strings(row.articleIds),
    start: num(row.start),
    end: num(row.end),
  };
  // Read with `related` (statementFields): the speaker and articles came whole.
  if (Array.isArray(row.articles))
    record.related = {
      speaker: speaker && toEntityRecord(speaker),
      articles: row.articles.filter(isRow).map(toArticleRecord),
    };
  return record;
}

/** `rows` grouped by `row[key]`, in the order of `keys` (an empty list for a key without rows). */
function groupBy<T>(
  keys: readonly string[],
  rows: Row[],
  key: string,
  map: (row: Row) => T,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(String(row[key]))?.push(map(row));
  return keys.map((k) => groups.get(k) ?? []);
}

function byId<T extends { id: string }>(ids: readonly string[], records: T[]): (T | null)[] {
  const found = new Map(records.map((r) => [r.id, r]));
  return ids.map((id) => found.get(id) ?? null);
}

function page<T>(
  rows: Row[],
  limit: number,
  map: (row: Row) => T,
  key: (row: Row) => (string | number)[],
): PageRecord<T> {
  return {
    items: rows.slice(0, limit).map((row) => ({ cursor: encodeCursor(key(row)), node: map(row) })),
    hasNextPage: rows.length > limit,
  };
}

const emptyPage = <T>(): PageRecord<T> => ({ items: [], hasNextPage: false });

export class GraphReader {
  constructor(private readonly db: Database) {}

  /**
   * One page of statements, newest first, each with its speaker and articles (`related`).
   * `after` is a cursor from a previous page. With `count`, the same round trip counts every
   * statement meeting `criteria` (`totalCount`; left out only when a later page is empty,
   * which carries no count: ask countStatements then). With `mentions: false`, the
   * statements' `mentionIds` are not read (null).
   */
  async statementsPage(
    criteria: StatementCriteria,
    limit: number,
    after: string | null,
    options: { count?: boolean; mentions?: boolean } = {},
  ): Promise<StatementPageRecord> {
    const key = after ? decodeCursor(after, ['n', 's']) : null;
    const query = statementsPageQuery(
      criteria,
      limit + 1,
      key ? { reportedAtMs: key[0] as number, id: key[1] as string } : null,
      options,
    );
    if (!query) return { ...emptyPage(), totalCount: 0 };
    const rows = await this.db.read(query);
    const totalCount = !options.count
      ? undefined
      : rows.length > 0
        ? Number(rows[0]?.totalCount)
        : after
          ? undefined
          : 0;
    return {
      ...page(rows, limit, toStatementRecord, (row) => [Number(row.sortMs), String(row.id)]),
      ...(totalCount === undefined ? {} : { totalCount }),
    };
  }

  async countStatements(criteria: StatementCriteria): Promise<number> {
    const query = statementsCountQuery(criteria);
    return query ? this.count(query) : 0;
  }

  /** One page of articles, newest first. */
  async articlesPage(
    criteria: ArticleCriteria,
    limit: number,
    after: string | null,
  ): Promise<PageRecord<ArticleRecord>> {
    const key = after ? decodeCursor(after, ['n', 's']) : null;
    const rows = await this.db.read(
      articlesPageQuery(
        criteria,
        limit + 1,
        key ? { publishedAtMs: key[0] as number, id: key[1] as string } : null,
      ),
    );
    return page(rows, limit, toArticleRecord, (row) => [Number(row.sortMs), String(row.id)]);
  }

  async countArticles(criteria: ArticleCriteria): Promise<number> {
    return this.count(articlesCountQuery(criteria));
  }

  /** One page of entities by name. */
  async entitiesPage(
    criteria: EntityCriteria,
    limit: number,
    after: string | null,
  ): Promise<PageRecord<EntityRecord>> {
    const key = after ? decodeCursor(after, ['s', 's']) : null;
    const query = entitiesPageQuery(
      criteria,
      limit + 1,
      key ? { name: key[0] as string, id: key[1] as string } : null,
    );
    if (!query) return emptyPage();
    const rows = await this.db.read(query);
    return page(rows, limit, toEntityRecord, (row) => [String(row.name), String(row.id)]);
  }

  async countEntities(criteria: EntityCriteria): Promise<number> {
    const query = entitiesCountQuery(criteria);
    return query ? this.count(query) : 0;
  }

  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    return byId(ids, (await this.db.read(entitiesByIdsQuery(ids))).map(toEntityRecord));
  }

  async articlesByIds(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    return byId(ids, (await this.db.read(articlesByIdsQuery(ids))).map(toArticleRecord));
  }

  /** The body of each article (null for an unknown id), in id order. */
  async articleBodies(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.read(articleBodiesQuery(ids));
    const found = new Map(rows.map((row) => [String(row.id), str(row.body)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async statementsByIds(ids: readonly string[]): Promise<(StatementRecord | null)[]> {
    return byId(ids, (await this.db.read(statementsByIdsQuery(ids))).map(toStatementRecord));
  }

  /** Each entity with its mention and article counts (null entity and zeros for unknown ids). */
  async entityCounts(ids: readonly string[]): Promise<EntityCountsRecord[]> {
    const rows = await this.db.read(entityCountsQuery(ids));
    const found = new Map(rows.map((r) => [String(r.id), r]));
    return ids.map((id) => {
      const row = found.get(id);
      return {
        entity: row ? toEntityRecord(row) : null,
        mentionCount: num(row?.mentionCount) ?? 0,
        articleCount: num(row?.articleCount) ?? 0,
      };
    });
  }

  /** The entities each article names, most named first. */
  async articleEntities(articleIds: readonly string[]): Promise<ArticleEntityRecord[][]> {
    const rows = await this.db.read(articleMentionsQuery(articleIds));
    return groupBy(articleIds, rows, 'articleId', (row) => ({
      entity: toEntityRecord(row),
      offsets: Array.isArray(row.offsets)
        ? row.offsets.filter((n): n is number => typeof n === 'number')
        : [],
    }));
  }

  /** The statements each article reports, in body order, with `start`/`end` in that article. */
  async articleStatements(articleIds: readonly string[]): Promise<StatementRecord[][]> {
    const rows = await this.db.read(articleStatementsQuery(articleIds));
    return groupBy(articleIds, rows, 'articleId', toStatementRecord);
  }

  /** Entities sharing articles with each key's entity, most shared first. */
  async related(keys: readonly RelatedKey[]): Promise<EntityCountRecord[][]> {
    const rows = await this.db.read(relatedEntitiesQuery(keys), 'background');
    const byIndex = new Map(rows.map((r) => [Number(r.i), r.related]));
    return keys.map((_, i) => {
      const related = byIndex.get(i);
      if (!Array.isArray(related)) return [];
      return related.map((r: { count: number; entity: Row }) => ({
        count: r.count,
        entity: toEntityRecord(r.entity),
      }));
    });
  }

  /**
   * A shortest chain of entities linked by articles or statements, as steps; [] when both ids
   * are the same entity, null when no path within `maxHops` (or an entity does not exist).
   */
  async path(fromId: string, toId: string, maxHops: number): Promise<PathStepRecord[] | null> {
    if (fromId === toId) {
      const [entity] = await this.entitiesByIds([fromId]);
      return entity ? [] : null;
    }
    const [row] = await this.db.read(pathQuery(fromId, toId, maxHops), 'background');
    if (!row || !Array.isArray(row.nodes)) return null;
    const nodes = row.nodes as { id: string; kind: 'entity' | 'article' | 'statement' }[];
    const steps: PathStepRecord[] = [];
    for (let i = 0; i + 2 < nodes.length; i += 2) {
      const [from, via, to] = [nodes[i], nodes[i + 1], nodes[i + 2]];
      if (!from || !via || !to) break;
      steps.push({
        fromId: from.id,
        toId: to.id,
        articleId: via.kind === 'article' ? via.id : null,
        statementId: via.kind === 'statement' ? via.id : null,
      });
    }
    return steps;
  }

  /** Entities and statements matching any word of `text`, best first (two index lookups). */
  async search(text: string, limit: number): Promise<SearchHitRecord[]> {
    const lucene = luceneQuery(text, 'any');
    if (!lucene) return [];
    const [entities, statements] = await this.db.readTx(
      async (tx) => [
        await tx.run(searchEntitiesQuery(lucene, limit)),
        await tx.run(searchStatementsQuery(lucene, limit)),
      ],
      'background',
    );
    const hits: SearchHitRecord[] = [
      ...entities.map((row) => ({
        score: Number(row.score),
        entity: toEntityRecord(row),
        statement: null,
      })),
      ...statements.map((row) => ({
        score: Number(row.score),
        entity: null,
        statement: toStatementRecord(row),
      })),
    ];
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  async topSpeakers(
    window: Window & { aboutId?: string | null },
    limit: number,
  ): Promise<EntityCountRecord[]> {
    const rows = await this.db.read(topSpeakersQuery(window, limit), 'background');
    return rows.map((row) => ({ count: Number(row.count), entity: toEntityRecord(row) }));
  }

  async topEntities(
    window: Window & { type?: EntityType | null },
    limit: number,
  ): Promise<EntityCountRecord[]> {
    const rows = await this.db.read(topEntitiesQuery(window, limit), 'background');
    return rows.map((row) => ({ count: Number(row.count), entity: toEntityRecord(row) }));
  }

  /** Articles naming the entity per bucket, gaps filled with zeros. */
  async entityTimeline(
    entityId: string,
    unit: BucketUnit,
    window: Window,
  ): Promise<TimeBucketRecord[]> {
    const rows = await this.db.read(entityTimelineQuery(entityId, unit, window), 'background');
    return fillTimeBuckets(rows.map(toBucket), unit, window);
  }

  /** Statements first reported per bucket, gaps filled with zeros. */
  async statementTimeline(unit: BucketUnit, window: Window): Promise<TimeBucketRecord[]> {
    const rows = await this.db.read(statementTimelineQuery(unit, window), 'background');
    return fillTimeBuckets(rows.map(toBucket), unit, window);
  }

  async stats(): Promise<GraphStatsRecord> {
    const [row] = await this.db.read(graphStatsQuery());
    return {
      articles: num(row?.articles) ?? 0,
      people: num(row?.people) ?? 0,
      places: num(row?.places) ?? 0,
      organizations: num(row?.organizations) ?? 0,
      statements: num(row?.statements) ?? 0,
    };
  }

  /** True when an Article exists (used to decide whether to seed). */
  async hasArticles(): Promise<boolean> {
    const [row] = await this.db.read({
      cypher: 'MATCH (a:Article) RETURN count(a) > 0 AS any',
      params: {},
    });
    return row?.any === true;
  }

  private async count(query: { cypher: string; params: Record<string, unknown> }): Promise<number> {
    const [row] = await this.db.read(query);
    return num(row?.count) ?? 0;
  }
}

function toBucket(row: Row): TimeBucketRecord {
  return { start: String(row.start), count: Number(row.count) };
}
