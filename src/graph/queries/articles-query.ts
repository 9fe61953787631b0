import type { CypherQuery } from '../database.js';
import { ARTICLE_FIELDS } from './article-fields.js';
import { wholeNumber } from './whole-number.js';

/** Conditions on articles; all given ones must hold. Times are ISO 8601 strings. */
export interface ArticleCriteria {
  source?: string | null;
  from?: string | null;
  to?: string | null;
  entityId?: string | null;
}

/** Where an articles page starts: after the item with this sort key (newest first). */
export interface ArticlesAfter {
  publishedAtMs: number;
  id: string;
}

/** MATCH/WHERE clauses binding `a` to each article meeting `criteria`. */
function articleMatch(criteria: ArticleCriteria): CypherQuery {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  let anchor = 'MATCH (a:Article)';
  if (criteria.entityId) {
    params.entityId = criteria.entityId;
    anchor = 'MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(a:Article)';
  }
  if (criteria.source) {
    params.source = criteria.source;
    where.push('a.source = $source');
  }
  if (criteria.from) {
    params.from = criteria.from;
    where.push('a.publishedAt >= datetime($from)');
  }
  if (criteria.to) {
    params.to = criteria.to;
    where.push('a.publishedAt < datetime($to)');
  }
  return { cypher: where.length ? `${anchor}\nWHERE ${where.join(' AND ')}` : anchor, params };
}

/** One page (newest first, undated last) of articles meeting `criteria`. */
export function articlesPageQuery(
  criteria: ArticleCriteria,
  limit: number,
  after: ArticlesAfter | null,
): CypherQuery {
  const match = articleMatch(criteria);
  const params: Record<string, unknown> = { ...match.params, limit };
  let keyset = '';
  if (after) {
    params.afterMs = after.publishedAtMs;
    params.afterId = after.id;
    keyset = '\nWHERE sortMs < $afterMs OR (sortMs = $afterMs AND a.id < $afterId)';
  }
  const cypher = [
    match.cypher,
    `WITH a, coalesce(a.publishedAt.epochMillis, 0) AS sortMs${keyset}`,
    'ORDER BY sortMs DESC, a.id DESC',
    'LIMIT toInteger($limit)',
    `RETURN ${wholeNumber('sortMs')} AS sortMs, ${ARTICLE_FIELDS}`,
  ].join('\n');
  return { cypher, params };
}

/** The number of articles meeting `criteria`. */
export function articlesCountQuery(criteria: ArticleCriteria): CypherQuery {
  const match = articleMatch(criteria);
  return { cypher: `${match.cypher}\nRETURN count(a) AS count`, params: match.params };
}
