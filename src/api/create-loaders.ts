/**
 * Per-request DataLoaders: every lookup by key made while resolving one request is batched
 * into one query per kind (and cached for the request), so a page of N statements with
 * speakers, mentions and articles costs a constant number of database round trips.
 */
import DataLoader from 'dataloader';
import type { GraphReader } from '../graph/graph-reader.js';
import type { RelatedKey } from '../graph/queries/related-entities-query.js';
import type {
  ArticleEntityRecord,
  ArticleRecord,
  EntityCountRecord,
  EntityCountsRecord,
  EntityRecord,
  StatementRecord,
} from '../graph/read-records.js';

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  article: DataLoader<string, ArticleRecord | null>;
  articleBody: DataLoader<string, string | null>;
  statement: DataLoader<string, StatementRecord | null>;
  entityCounts: DataLoader<string, EntityCountsRecord>;
  articleEntities: DataLoader<string, ArticleEntityRecord[]>;
  articleStatements: DataLoader<string, StatementRecord[]>;
  related: DataLoader<RelatedKey, EntityCountRecord[], string>;
}

/** Puts records a query already returned into the loaders, so resolvers do not fetch them again. */
export function primeLoaders(
  loaders: Loaders,
  records: { entities?: EntityRecord[]; articles?: ArticleRecord[] },
): void {
  for (const entity of records.entities ?? []) loaders.entity.prime(entity.id, entity);
  for (const article of records.articles ?? []) loaders.article.prime(article.id, article);
}

export function createLoaders(reader: GraphReader): Loaders {
  const entity = new DataLoader<string, EntityRecord | null>((ids) => reader.entitiesByIds(ids));
  const remember = (records: EntityRecord[]) => {
    for (const record of records) entity.prime(record.id, record);
  };
  return {
    entity,
    article: new DataLoader((ids) => reader.articlesByIds(ids)),
    articleBody: new DataLoader((ids) => reader.articleBodies(ids)),
    statement: new DataLoader((ids) => reader.statementsByIds(ids)),
    entityCounts: new DataLoader(async (ids) => {
      const counts = await reader.entityCounts(ids);
      remember(counts.flatMap((c) => (c.entity ? [c.entity] : [])));
      return counts;
    }),
    articleEntities: new DataLoader(async (ids) => {
      const lists = await reader.articleEntities(ids);
      remember(lists.flat().map((m) => m.entity));
      return lists;
    }),
    articleStatements: new DataLoader((ids) => reader.articleStatements(ids)),
    related: new DataLoader(
      async (keys) => {
        const lists = await reader.related(keys);
        remember(lists.flat().map((r) => r.entity));
        return lists;
      },
      { cacheKeyFn: (key) => JSON.stringify([key.entityId, key.type, key.limit]) },
    ),
  };
}
