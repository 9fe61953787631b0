/**
 * Relay-style connections (https://relay.dev/graphql/connections.htm) over keyset pages.
 * `totalCount` is a function so the count query runs only when a client selects the field.
 */
import type {
  ArticleRecord,
  EntityRecord,
  PageRecord,
  StatementRecord,
} from '../graph/read-records.js';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export type StatementConnectionRecord = Connection<StatementRecord>;
export type EntityConnectionRecord = Connection<EntityRecord>;
export type ArticleConnectionRecord = Connection<ArticleRecord>;
export type StatementEdgeRecord = Edge<StatementRecord>;
export type EntityEdgeRecord = Edge<EntityRecord>;
export type ArticleEdgeRecord = Edge<ArticleRecord>;

export function toConnection<T>(page: PageRecord<T>, count: () => Promise<number>): Connection<T> {
  return {
    edges: page.items,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
    totalCount: count,
  };
}
