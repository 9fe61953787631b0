/**
 * Batch loads by id, for DataLoaders: one query for any number of ids. Rows come back in
 * no particular order and ids that do not exist have no row.
 */
import type { CypherQuery } from '../database.js';
import { ARTICLE_FIELDS } from './article-fields.js';
import { ENTITY_FIELDS } from './entity-fields.js';
import { statementFields } from './statement-fields.js';
import { wholeNumber } from './whole-number.js';

export function entitiesByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS key\nMATCH (e:Entity {id: key})\nRETURN ${ENTITY_FIELDS}`,
    params: { ids },
  };
}

export function articlesByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS key\nMATCH (a:Article {id: key})\nRETURN ${ARTICLE_FIELDS}`,
    params: { ids },
  };
}

export function articleBodiesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: 'UNWIND $ids AS key\nMATCH (a:Article {id: key})\nRETURN a.id AS id, a.body AS body',
    params: { ids },
  };
}

export function statementsByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS key\nMATCH (s:Statement {id: key})\nRETURN ${statementFields()}`,
    params: { ids },
  };
}

/** Times named and articles naming, per entity id, with the entity's fields. */
export function entityCountsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS key',
      'MATCH (e:Entity {id: key})',
      'OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)',
      'WITH e, coalesce(sum(m.count), 0) AS mentionCount, count(DISTINCT a) AS articleCount',
      `RETURN ${wholeNumber('mentionCount')} AS mentionCount, ${wholeNumber('articleCount')} AS articleCount, ${ENTITY_FIELDS}`,
    ].join('\n'),
    params: { ids },
  };
}

/** The entities each article names, with the MENTIONS offsets, most named first. */
export function articleMentionsQuery(articleIds: readonly string[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS key',
      'MATCH (a:Article {id: key})-[m:MENTIONS]->(e:Entity)',
      `RETURN a.id AS articleId, coalesce(m.offsets, []) AS offsets, ${ENTITY_FIELDS}`,
      'ORDER BY articleId, coalesce(m.count, 0) DESC, e.name, e.id',
    ].join('\n'),
    params: { ids: articleIds },
  };
}

/** The statements each article reports, in body order, with their offsets in it. */
export function articleStatementsQuery(articleIds: readonly string[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS key',
      'MATCH (s:Statement)-[r:IN]->(a:Article {id: key})',
      `RETURN a.id AS articleId, ${statementFields('r')}`,
      'ORDER BY articleId, r.start, s.id',
    ].join('\n'),
    params: { ids: articleIds },
  };
}
