/**
 * Dashboard aggregates: top speakers, top entities, timelines and graph counts. Windows are
 * half-open, [from, to), on statements' first report time or articles' publication time.
 */
import type { CypherQuery } from '../database.js';
import type { EntityType } from '../../model/extraction.js';
import { ENTITY_LABEL } from '../model.js';
import { ENTITY_FIELDS } from './entity-fields.js';

export interface Window {
  from?: string | null;
  to?: string | null;
}

export type BucketUnit = 'day' | 'week' | 'month';

/** `time` conditions for the window, and their parameters. */
function windowWhere(
  time: string,
  window: Window,
): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (window.from) {
    params.from = window.from;
    where.push(`${time} >= datetime($from)`);
  }
  if (window.to) {
    params.to = window.to;
    where.push(`${time} < datetime($to)`);
  }
  return { where, params };
}

/**
 * Entities with the most statements in the window (optionally only those naming `aboutId`).
 *
 * Each statement has exactly one SAID relationship, from its speaker (src/graph/model.ts), so
 * rows are counted without DISTINCT. The match starts from the statements (through the
 * window's range index or the mentioned entity) and steps back to the speaker; without a
 * window or `aboutId` it reads each entity's SAID degree instead, which Neo4j keeps per
 * relationship type for dense nodes, rather than walking every statement.
 */
export function topSpeakersQuery(
  window: Window & { aboutId?: string | null },
  limit: number,
): CypherQuery {
  const { where, params } = windowWhere('s.firstReportedAt', window);
  const ranked = [
    'ORDER BY count DESC, e.name, e.id',
    'LIMIT toInteger($limit)',
    `RETURN count, ${ENTITY_FIELDS}`,
  ];
  if (!window.aboutId && where.length === 0) {
    return {
      cypher: [
        'MATCH (e:Entity)',
        'WITH e, COUNT { (e)-[:SAID]->() } AS count',
        'WHERE count > 0',
        'WITH e, count',
        ...ranked,
      ].join('\n'),
      params: { limit },
    };
  }
  const anchor = window.aboutId
    ? 'MATCH (s:Statement)-[:MENTIONS]->(:Entity {id: $aboutId})'
    : 'MATCH (s:Statement)';
  if (window.aboutId) params.aboutId = window.aboutId;
  return {
    cypher: [
      where.length ? `${anchor}\nWHERE ${where.join(' AND ')}` : anchor,
      'MATCH (e)-[:SAID]->(s)',
      // A statement may mention an entity twice after a merge; count it once.
      window.aboutId ? 'WITH e, count(DISTINCT s) AS count' : 'WITH e, count(*) AS count',
      ...ranked,
    ].join('\n'),
    params: { ...params, limit },
  };
}

/** Entities (of `type`) named in the most articles published in the window. */
export function topEntitiesQuery(
  window: Window & { type?: EntityType | null },
  limit: number,
): CypherQuery {
  const { where, params } = windowWhere('a.publishedAt', window);
  // Labels cannot be parameters; this one comes from a fixed table keyed by the enum.
  const label = window.type ? ENTITY_LABEL[window.type] : 'Entity';
  const match = `MATCH (a:Article)-[:MENTIONS]->(e:${label})`;
  return {
    cypher: [
      where.length ? `${match}\nWHERE ${where.join(' AND ')}` : match,
      'WITH e, count(DISTINCT a) AS count',
      'ORDER BY count DESC, e.name, e.id',
      'LIMIT toInteger($limit)',
      `RETURN count, ${ENTITY_FIELDS}`,
    ].join('\n'),
    params: { ...params, limit },
  };
}

/** Articles naming the entity per UTC bucket (buckets without articles are absent). */
export function entityTimelineQuery(
  entityId: string,
  unit: BucketUnit,
  window: Window,
): CypherQuery {
  const { where, params } = windowWhere('a.publishedAt', window);
  return {
    cypher: [
      'MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(a:Article)',
      `WHERE ${['a.publishedAt IS NOT NULL', ...where].join(' AND ')}`,
      'WITH datetime.truncate($unit, datetime({epochMillis: a.publishedAt.epochMillis})) AS start',
      'RETURN start, count(*) AS count',
      'ORDER BY start',
    ].join('\n'),
    params: { ...params, entityId, unit },
  };
}

/** Statements first reported per UTC bucket (buckets without statements are absent). */
export function statementTimelineQuery(unit: BucketUnit, window: Window): CypherQuery {
  const { where, params } = windowWhere('s.firstReportedAt', window);
  return {
    cypher: [
      'MATCH (s:Statement)',
      `WHERE ${['s.firstReportedAt IS NOT NULL', ...where].join(' AND ')}`,
      'WITH datetime.truncate($unit, datetime({epochMillis: s.firstReportedAt.epochMillis})) AS start',
      'RETURN start, count(*) AS count',
      'ORDER BY start',
    ].join('\n'),
    params: { ...params, unit },
  };
}

/** Node counts by label (answered from Neo4j's count store). */
export function graphStatsQuery(): CypherQuery {
  return {
    cypher:
      'RETURN COUNT { (:Article) } AS articles, COUNT { (:Person) } AS people, COUNT { (:Place) } AS places, ' +
      'COUNT { (:Organization) } AS organizations, COUNT { (:Statement) } AS statements',
    params: {},
  };
}
