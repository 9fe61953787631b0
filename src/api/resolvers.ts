/**
 * Resolvers are glue: unpack arguments, call the GraphReader (through the request's
 * DataLoaders) or the ArticleStore, shape the result. No Cypher and no business rules here.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord } from '../graph/read-records.js';
import type { StatementCriteria } from '../graph/queries/statements-query.js';
import { MAX_PATH_HOPS } from '../graph/queries/path-query.js';
import type { BucketUnit } from '../graph/queries/aggregate-queries.js';
import { ApiError } from './api-error.js';
import type { ApiContext } from './api-context.js';
import { toConnection } from './connection.js';
import { primeLoaders } from './create-loaders.js';
import { DateTimeScalar } from './date-time-scalar.js';
import type { Interval, Resolvers, StatementFilter } from './generated/resolvers-types.js';
import { pageSize } from './page-size.js';
import { selectsField } from './selects-field.js';

const ENTITY_TYPENAME = { PERSON: 'Person', PLACE: 'Place', ORGANIZATION: 'Organization' } as const;
const BUCKET_UNIT: Record<Interval, BucketUnit> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };
const DEFAULT_RELATED = 10;
const DEFAULT_PATH_HOPS = 4;

/**
 * A page of statements as a connection. When the client selects `totalCount`, the page query
 * counts too (one round trip instead of two); the entities each statement mentions are read
 * only when the client selects `mentions`.
 */
function statementsConnection(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  criteria: StatementCriteria,
  first?: number | null,
  after?: string | null,
) {
  const count = selectsField(info, ['totalCount']);
  const mentions = selectsField(info, ['mentions'], ['edges', 'node']);
  return ctx.reader
    .statementsPage(criteria, pageSize(first), after ?? null, { count, mentions })
    .then((page) => {
      // Other fields of this request may ask for the same speakers and articles by id.
      for (const { node } of page.items)
        primeLoaders(ctx.loaders, {
          entities: node.related?.speaker ? [node.related.speaker] : [],
          articles: node.related?.articles,
        });
      const { totalCount } = page;
      return toConnection(page, () =>
        totalCount === undefined
          ? ctx.reader.countStatements(criteria)
          : Promise.resolve(totalCount),
      );
    });
}

function criteriaOf(filter: StatementFilter | null | undefined): StatementCriteria {
  return { ...filter };
}

async function entityOrThrow(ctx: ApiContext, id: string): Promise<EntityRecord> {
  const entity = await ctx.loaders.entity.load(id);
  if (!entity) throw new ApiError('NOT_FOUND', `no entity with id "${id}"`);
  return entity;
}

async function loadAll<T>(
  loader: { loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> },
  ids: readonly string[],
): Promise<T[]> {
  const found = await loader.loadMany(ids);
  return found.filter((x): x is T => x !== null && !(x instanceof Error));
}

const entityFields = {
  aliases: (e: EntityRecord) => e.aliases,
  mentionCount: async (e: EntityRecord, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.entityCounts.load(e.id)).mentionCount,
  articleCount: async (e: EntityRecord, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.entityCounts.load(e.id)).articleCount,
  articles: (
    e: EntityRecord,
    args: { first?: number | null; after?: string | null },
    ctx: ApiContext,
  ) => {
    const criteria = { entityId: e.id };
    return ctx.reader
      .articlesPage(criteria, pageSize(args.first), args.after ?? null)
      .then((page) => toConnection(page, () => ctx.reader.countArticles(criteria)));
  },
  statementsAbout: (
    e: EntityRecord,
    args: { first?: number | null; after?: string | null },
    ctx: ApiContext,
    info: GraphQLResolveInfo,
  ) => statementsConnection(ctx, info, { aboutId: e.id }, args.first, args.after),
  related: (
    e: EntityRecord,
    args: { first?: number | null; type?: EntityRecord['type'] | null },
    ctx: ApiContext,
  ) =>
    ctx.loaders.related.load({
      entityId: e.id,
      type: args.type ?? null,
      limit: pageSize(args.first, DEFAULT_RELATED),
    }),
};

const speakerFields = {
  statements: (
    e: EntityRecord,
    args: { filter?: StatementFilter | null; first?: number | null; after?: string | null },
    ctx: ApiContext,
    info: GraphQLResolveInfo,
  ) =>
    statementsConnection(
      ctx,
      info,
      { ...criteriaOf(args.filter), speaker: null, speakerId: e.id },
      args.first,
      args.after,
    ),
};

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,

  Query: {
    statements: (_, args, ctx, info) =>
      statementsConnection(ctx, info, criteriaOf(args.filter), args.first, args.after),
    // Asked with its counts (an entity page), the entity comes with them in one query.
    entity: async (_, args, ctx, info) =>
      selectsField(info, ['mentionCount', 'articleCount'])
        ? (await ctx.loaders.entityCounts.load(args.id)).entity
        : ctx.loaders.entity.load(args.id),
    entities: (_, args, ctx) => {
      const criteria = { ...args.filter };
      return ctx.reader
        .entitiesPage(criteria, pageSize(args.first), args.after ?? null)
        .then((page) => toConnection(page, () => ctx.reader.countEntities(criteria)));
    },
    search: (_, args, ctx) => ctx.reader.search(args.query, pageSize(args.first)),
    article: (_, args, ctx) => ctx.loaders.article.load(args.id),
    articles: (_, args, ctx) => {
      const criteria = { ...args.filter };
      return ctx.reader
        .articlesPage(criteria, pageSize(args.first), args.after ?? null)
        .then((page) => toConnection(page, () => ctx.reader.countArticles(criteria)));
    },
    path: (_, args, ctx) => {
      const maxHops = args.maxHops ?? DEFAULT_PATH_HOPS;
      if (maxHops < 1 || maxHops > MAX_PATH_HOPS) {
        throw new ApiError('BAD_USER_INPUT', `maxHops must be from 1 to ${MAX_PATH_HOPS}`);
      }
      return ctx.reader.path(args.fromId, args.toId, maxHops);
    },
    topSpeakers: (_, args, ctx) => {
      const window = { from: args.from, to: args.to, aboutId: args.aboutId };
      const first = pageSize(args.first, 10);
      return ctx.aggregates.get('topSpeakers', [window, first], () =>
        ctx.reader.topSpeakers(window, first),
      );
    },
    topEntities: (_, args, ctx) => {
      const window = { from: args.from, to: args.to, type: args.type };
      const first = pageSize(args.first, 10);
      return ctx.aggregates.get('topEntities', [window, first], () =>
        ctx.reader.topEntities(window, first),
      );
    },
    timeline: (_, args, ctx) => {
      const unit = BUCKET_UNIT[args.interval ?? 'DAY'];
      const window = { from: args.from, to: args.to };
      return ctx.aggregates.get('timeline', [args.entityId, unit, window], () =>
        ctx.reader.entityTimeline(args.entityId, unit, window),
      );
    },
    statementTimeline: (_, args, ctx) => {
      const unit = BUCKET_UNIT[args.interval ?? 'DAY'];
      const window = { from: args.from, to: args.to };
      return ctx.aggregates.get('statementTimeline', [unit, window], () =>
        ctx.reader.statementTimeline(unit, window),
      );
    },
    stats: (_, __, ctx) => ctx.reader.stats(),
  },

  Mutation: {
    ingestArticle: async (_, args, ctx) => {
      const outcome = await ctx.store.ingest(args.input);
      ctx.aggregates.clear();
      ctx.loaders.article.clear(outcome.articleId);
      const article = await ctx.loaders.article.load(outcome.articleId);
      if (!article)
        throw new ApiError('INTERNAL_SERVER_ERROR', 'the ingested article could not be read back');
      ctx.articleIngested.publish(article);
      return { ...outcome, article };
    },
    deleteArticle: async (_, args, ctx) => {
      const deleted = await ctx.store.deleteArticle(args.id);
      ctx.aggregates.clear();
      return deleted;
    },
    mergeEntities: async (_, args, ctx) => {
      await ctx.store.mergeEntities(args.sourceIds, args.targetId);
      ctx.aggregates.clear();
      ctx.loaders.entity.clearAll();
      return entityOrThrow(ctx, args.targetId);
    },
    addAlias: async (_, args, ctx) => {
      await ctx.store.addAlias(args.entityId, args.alias);
      ctx.aggregates.clear();
      ctx.loaders.entity.clear(args.entityId);
      return entityOrThrow(ctx, args.entityId);
    },
  },

  Subscription: {
    articleIngested: {
      subscribe: (_, __, ctx) => ctx.articleIngested.subscribe(),
      resolve: (article: unknown) => article as never,
    },
  },

  Entity: {
    __resolveType: (e) => ENTITY_TYPENAME[e.type],
  },
  Person: { ...entityFields, ...speakerFields },
  Organization: { ...entityFields, ...speakerFields },
  Place: entityFields,

  RelatedEntity: {
    articleCount: (r) => r.count,
  },

  Statement: {
    // A statement of a page brings its speaker and articles (`related`); others load them.
    speaker: (s, _, ctx) =>
      s.related ? s.related.speaker : s.speakerId ? ctx.loaders.entity.load(s.speakerId) : null,
    // A statement read without its mentions (see statementsConnection) is read again whole.
    mentions: async (s, _, ctx) =>
      loadAll(
        ctx.loaders.entity,
        s.mentionIds ?? (await ctx.loaders.statement.load(s.id))?.mentionIds ?? [],
      ),
    articles: (s, _, ctx) => s.related?.articles ?? loadAll(ctx.loaders.article, s.articleIds),
  },

  Article: {
    body: (a, _, ctx) => ctx.loaders.articleBody.load(a.id),
    entities: async (a, args, ctx) => {
      const named = await ctx.loaders.articleEntities.load(a.id);
      return named.map((m) => m.entity).filter((e) => !args.type || e.type === args.type);
    },
    mentions: async (a, _, ctx) => {
      const named = await ctx.loaders.articleEntities.load(a.id);
      const spans = named.flatMap(({ entity, offsets }) =>
        offsets.flatMap((start, i) =>
          i % 2 === 0 && offsets[i + 1] !== undefined
            ? [{ entity, start, end: offsets[i + 1] as number }]
            : [],
        ),
      );
      return spans.sort((x, y) => x.start - y.start || x.end - y.end);
    },
    statements: (a, _, ctx) => ctx.loaders.articleStatements.load(a.id),
  },

  StatementConnection: { totalCount: (c) => c.totalCount() },
  EntityConnection: { totalCount: (c) => c.totalCount() },
  ArticleConnection: { totalCount: (c) => c.totalCount() },

  PathStep: {
    from: (p, _, ctx) => entityOrThrow(ctx, p.fromId),
    to: (p, _, ctx) => entityOrThrow(ctx, p.toId),
    article: (p, _, ctx) => (p.articleId ? ctx.loaders.article.load(p.articleId) : null),
    statement: (p, _, ctx) => (p.statementId ? ctx.loaders.statement.load(p.statementId) : null),
  },
};
