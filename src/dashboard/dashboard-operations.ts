import { ENTITY_REF_FIELDS } from './entity-ref.js';
import { STATEMENT_ITEM_FIELDS } from './statement-item.js';

/**
 * Every GraphQL operation the dashboard sends, by name, in one place so that a unit test can
 * validate them all against the schema in `schema/*.graphql` (contract drift fails the build).
 */
export const DASHBOARD_OPERATIONS = {
  article: `query DashboardArticle($id: ID!) {
  article(id: $id) {
    id title dek url source byline publishedAt body
    mentions { start end entity { ${ENTITY_REF_FIELDS} } }
    statements { id text kind cue start end speaker { ${ENTITY_REF_FIELDS} } }
    entities { ${ENTITY_REF_FIELDS} }
  }
}`,
  entity: `query DashboardEntity($id: ID!) {
  entity(id: $id) {
    ${ENTITY_REF_FIELDS} aliases mentionCount articleCount
    ... on Person { titles }
    related(first: 30) { articleCount entity { ${ENTITY_REF_FIELDS} } }
    articles(first: 10) { totalCount edges { node { id title source publishedAt } } }
  }
}`,
  entityTimeline: `query DashboardEntityTimeline($id: ID!, $interval: Interval) {
  timeline(entityId: $id, interval: $interval) { start count }
}`,
  overview: `query DashboardOverview($from: DateTime, $interval: Interval, $type: EntityType) {
  stats { articles people places organizations statements }
  topSpeakers(first: 10, from: $from) { count entity { ${ENTITY_REF_FIELDS} } }
  topEntities(type: $type, first: 10, from: $from) { count entity { ${ENTITY_REF_FIELDS} } }
  statementTimeline(interval: $interval, from: $from) { start count }
  articles(first: 8) { edges { node { id title source publishedAt } } }
}`,
  entityHits: `query DashboardEntityHits($query: String!) {
  search(query: $query, first: 8) { score entity { ${ENTITY_REF_FIELDS} } }
}`,
  articleIngested: `subscription DashboardArticleIngested {
  articleIngested { id title source publishedAt }
}`,
  statements: `query DashboardStatements($filter: StatementFilter, $first: Int, $after: String) {
  statements(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${STATEMENT_ITEM_FIELDS} } }
  }
}`,
} as const;
