/**
 * Plain records the read side of the graph hands out (see model.ts for the stored
 * properties). Related nodes are carried as ids so callers can batch-load them.
 */
import type { Article } from '../model/article.js';
import type { EntityType, StatementKind } from '../model/extraction.js';

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  titles: string[];
}

/** An article as the API reads it: the Article fields but updatedAt, body nullable as in the schema. */
/** An article without its body, which is read only when asked for (GraphReader.articleBodies). */
export type ArticleRecord = Omit<Article, 'updatedAt' | 'body'>;

export interface StatementRecord {
  id: string;
  text: string;
  kind: StatementKind;
  cue: string | null;
  channel: string | null;
  confidence: number | null;
  /** ISO 8601 (UTC). */
  firstReportedAt: string | null;
  speakerId: string | null;
  /** Null when the query that read the statement left them out (see statementFields). */
  mentionIds: string[] | null;
  /** Ids of the articles reporting it, newest first. */
  articleIds: string[];
  /** Offsets in the article it was reached through (only via an article's statements). */
  start: number | null;
  end: number | null;
  /**
   * The speaker and the articles themselves, when the query read them whole with the
   * statement (a statements page): resolvers answer from them without a loader.
   */
  related?: { speaker: EntityRecord | null; articles: ArticleRecord[] };
}

/** Mention counts of one entity over all articles, with the entity (null when unknown). */
export interface EntityCountsRecord {
  entity: EntityRecord | null;
  mentionCount: number;
  articleCount: number;
}

/** An entity with a count (shared articles, statements made, articles naming it). */
export interface EntityCountRecord {
  entity: EntityRecord;
  count: number;
}

export interface EntityMentionRecord {
  entity: EntityRecord;
  start: number;
  end: number;
}

export interface SearchHitRecord {
  score: number;
  entity: EntityRecord | null;
  statement: StatementRecord | null;
}

/** One hop of a path: two entity ids and the article or statement linking them. */
export interface PathStepRecord {
  fromId: string;
  toId: string;
  articleId: string | null;
  statementId: string | null;
}

export interface TimeBucketRecord {
  /** ISO 8601 (UTC). */
  start: string;
  count: number;
}

export interface GraphStatsRecord {
  articles: number;
  people: number;
  places: number;
  organizations: number;
  statements: number;
}

/** One page of a keyset-paged list; `cursor` of each item encodes its sort key. */
export interface PageRecord<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
}

/** A page of statements, each with its speaker and articles (`related`). */
export interface StatementPageRecord extends PageRecord<StatementRecord> {
  /** Statements meeting the criteria on all pages, when the page was asked to count them. */
  totalCount?: number;
}

/** An entity an article names, with the offsets of each naming in its body. */
export interface ArticleEntityRecord {
  entity: EntityRecord;
  /** [start0, end0, start1, end1, ...] into Article.body. */
  offsets: number[];
}
