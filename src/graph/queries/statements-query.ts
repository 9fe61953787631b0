import type { CypherQuery } from '../database.js';
import type { StatementKind } from '../../model/extraction.js';
import { luceneQuery } from './lucene-query.js';
import { entitiesNamed, nameMatch, nameParam, namePhrase } from './name-match.js';
import { statementFields } from './statement-fields.js';
import { wholeNumber } from './whole-number.js';

/** Conditions on statements; all given ones must hold. Times are ISO 8601 strings. */
export interface StatementCriteria {
  speaker?: string | null;
  speakerId?: string | null;
  about?: string | null;
  aboutId?: string | null;
  text?: string | null;
  kind?: StatementKind | null;
  source?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Where a statements page starts: after the item with this sort key (newest first). */
export interface StatementsAfter {
  reportedAtMs: number;
  id: string;
}

/** The sort key of statements: first report time (ms, 0 when unknown), then id, descending. */
export const STATEMENT_SORT_KEY = 'coalesce(s.firstReportedAt.epochMillis, 0)';

/**
 * MATCH/WHERE clauses binding `s` to each statement meeting `criteria` once. The most
 * selective condition anchors the match (full-text index, a speaker or a mentioned entity);
 * the others filter. Returns null when the criteria cannot match anything (blank text).
 */
export function statementMatch(criteria: StatementCriteria): CypherQuery | null {
  const parts = statementMatchParts(criteria);
  return parts && matchOf(parts);
}

type MatchParts = NonNullable<ReturnType<typeof statementMatchParts>>;

/** The anchor and its filters as one MATCH/WHERE clause. */
function matchOf(parts: MatchParts): CypherQuery {
  const cypher = parts.where.length
    ? `${parts.anchor}\nWHERE ${parts.where.join('\n  AND ')}`
    : parts.anchor;
  return { cypher, params: parts.params };
}

const PLAIN_ANCHOR = 'MATCH (s:Statement)';

/** The anchor clause of statementMatch, its filter conditions and their parameters. */
function statementMatchParts(
  criteria: StatementCriteria,
): { anchor: string; where: string[]; params: Record<string, unknown> } | null {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  let anchor: string;
  const text = criteria.text?.trim() ? luceneQuery(criteria.text, 'all') : undefined;
  if (text === null) return null;
  // A name with no letters or digits is nobody's.
  const speaker = criteria.speaker?.trim() ? nameParam(criteria.speaker) : undefined;
  const about = criteria.about?.trim() ? nameParam(criteria.about) : undefined;
  if (speaker === '' || about === '') return null;

  if (text !== undefined) {
    params.text = text;
    anchor = "CALL db.index.fulltext.queryNodes('statement_text', $text) YIELD node AS s";
  } else if (criteria.speakerId) {
    anchor = 'MATCH (:Entity {id: $speakerId})-[:SAID]->(s:Statement)';
  } else if (criteria.aboutId) {
    anchor = 'MATCH (s:Statement)-[:MENTIONS]->(:Entity {id: $aboutId})';
  } else if (speaker !== undefined) {
    // Find the few entities going by that name first, then walk to what they said.
    params.speakerPhrase = namePhrase(speaker);
    anchor = `${entitiesNamed('sp', 'speaker')}\nMATCH (sp)-[:SAID]->(s:Statement)\nWITH DISTINCT s`;
  } else if (about !== undefined) {
    params.aboutPhrase = namePhrase(about);
    anchor = `${entitiesNamed('ab', 'about')}\nMATCH (s:Statement)-[:MENTIONS]->(ab)\nWITH DISTINCT s`;
  } else {
    anchor = PLAIN_ANCHOR;
  }
  if (criteria.speakerId) {
    params.speakerId = criteria.speakerId;
    if (text !== undefined) where.push('EXISTS { (:Entity {id: $speakerId})-[:SAID]->(s) }');
  }
  if (criteria.aboutId) {
    params.aboutId = criteria.aboutId;
    if (text !== undefined || criteria.speakerId)
      where.push('EXISTS { (s)-[:MENTIONS]->(:Entity {id: $aboutId}) }');
  }
  const anchoredOnSpeaker = text === undefined && !criteria.speakerId && !criteria.aboutId;
  if (speaker !== undefined) {
    params.speaker = speaker;
    if (!anchoredOnSpeaker)
      where.push(`EXISTS { MATCH (sp:Entity)-[:SAID]->(s) WHERE ${nameMatch('sp', 'speaker')} }`);
  }
  const anchoredOnAbout = anchoredOnSpeaker && speaker === undefined;
  if (about !== undefined) {
    params.about = about;
    if (!anchoredOnAbout)
      where.push(`EXISTS { MATCH (s)-[:MENTIONS]->(ab:Entity) WHERE ${nameMatch('ab', 'about')} }`);
  }
  if (criteria.kind) {
    params.kind = criteria.kind;
    where.push('s.kind = $kind');
  }
  if (criteria.source) {
    params.source = criteria.source;
    where.push('EXISTS { (s)-[:IN]->(:Article {source: $source}) }');
  }
  if (criteria.from) {
    params.from = criteria.from;
    where.push('s.firstReportedAt >= datetime($from)');
  }
  if (criteria.to) {
    params.to = criteria.to;
    where.push('s.firstReportedAt < datetime($to)');
  }
  return { anchor, where, params };
}

/**
 * One page (newest first) of statements meeting `criteria`, `limit` rows after `after`, each
 * with its speaker and articles whole (see statementFields). With `count`, every row also
 * carries `totalCount`, the number of statements meeting `criteria` (all pages), so a
 * connection with its total takes one round trip; an empty page carries none. With
 * `mentions: false`, the rows carry no `mentionIds`.
 */
export function statementsPageQuery(
  criteria: StatementCriteria,
  limit: number,
  after: StatementsAfter | null,
  options: { count?: boolean; mentions?: boolean } = {},
): CypherQuery | null {
  const parts = statementMatchParts(criteria);
  if (!parts) return null;
  const match = matchOf(parts);
  const fields = statementFields(undefined, { related: true, mentions: options.mentions });
  if (parts.anchor !== PLAIN_ANCHOR && options.count) {
    // Anchored on a few statements (text, speaker or mentioned entity): one pass over them
    // both counts and pages, where a separate count would search and walk them again.
    const { keyset, params } = keysetOf(match.params, limit, after);
    const cypher = [
      match.cypher,
      'WITH collect(s) AS matched',
      'CALL (matched) {',
      indent(['UNWIND matched AS s', ...pageOf(keyset)].join('\n')),
      '}',
      `RETURN ${wholeNumber('sortMs')} AS sortMs, ${wholeNumber('size(matched)')} AS totalCount, ${fields}`,
      'ORDER BY sortMs DESC, id DESC',
    ].join('\n');
    return { cypher, params };
  }
  const core =
    parts.anchor === PLAIN_ANCHOR
      ? datedFirstPageCore(parts.where, parts.params, limit, after)
      : anchoredPageCore(match, limit, after);
  const lines: string[] = [];
  if (options.count)
    lines.push('CALL {', indent(`${match.cypher}\nRETURN count(s) AS totalCount`), '}');
  lines.push(
    'CALL {',
    indent(core.cypher),
    '}',
    `RETURN ${wholeNumber('sortMs')} AS sortMs, ${options.count ? `${wholeNumber('totalCount')} AS totalCount, ` : ''}${fields}`,
    'ORDER BY sortMs DESC, id DESC',
  );
  return { cypher: lines.join('\n'), params: core.params };
}

/** The statements of one page and their sort keys, from anchored `match`: rows of `s` and `sortMs`. */
function anchoredPageCore(
  match: CypherQuery,
  limit: number,
  after: StatementsAfter | null,
): CypherQuery {
  const { keyset, params } = keysetOf(match.params, limit, after);
  return { cypher: [match.cypher, ...pageOf(keyset)].join('\n'), params };
}

/** Lines that sort the statements `s` newest first and keep one page of them, with `sortMs`. */
function pageOf(keyset: string[]): string[] {
  return [
    `WITH s, ${STATEMENT_SORT_KEY} AS sortMs`,
    ...keyset,
    'ORDER BY sortMs DESC, s.id DESC',
    'LIMIT toInteger($limit)',
    'RETURN s, sortMs',
  ];
}

/** The page parameters and, after a cursor, the WHERE line that starts the page after it. */
function keysetOf(
  matchParams: Record<string, unknown>,
  limit: number,
  after: StatementsAfter | null,
): { keyset: string[]; params: Record<string, unknown> } {
  const params: Record<string, unknown> = { ...matchParams, limit };
  if (!after) return { keyset: [], params };
  params.afterMs = after.reportedAtMs;
  params.afterId = after.id;
  return {
    keyset: ['WHERE sortMs < $afterMs OR (sortMs = $afterMs AND s.id < $afterId)'],
    params,
  };
}

const indent = (cypher: string) =>
  cypher
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');

/**
 * The page core when no condition narrows the statements down to a few (no text, speaker or
 * mentioned entity). Sorting every statement would read them all; instead the statements
 * reported after 1970 are read newest first through the `statement_first_reported` range
 * index, stopping after `limit`. Only when those run out (the last pages) does the page reach
 * the others (undated, sort key 0, or older), which no index finds: only then are they
 * scanned for. The two lists are merged in page order.
 */
function datedFirstPageCore(
  where: string[],
  matchParams: Record<string, unknown>,
  limit: number,
  after: StatementsAfter | null,
): CypherQuery {
  const params: Record<string, unknown> = { ...matchParams, limit };
  const recent = ['s.firstReportedAt > datetime({epochMillis: 0})', ...where];
  const rest = [
    '(s.firstReportedAt IS NULL OR s.firstReportedAt <= datetime({epochMillis: 0}))',
    ...where,
  ];
  if (after) {
    params.afterMs = after.reportedAtMs;
    params.afterId = after.id;
    // The range bound lets the index skip what earlier pages read; the exact keyset follows.
    recent.push(
      's.firstReportedAt < datetime({epochMillis: toInteger($afterMs) + 1})',
      '(s.firstReportedAt.epochMillis < $afterMs OR (s.firstReportedAt.epochMillis = $afterMs AND s.id < $afterId))',
    );
    rest.push(
      `(${STATEMENT_SORT_KEY} < $afterMs OR (${STATEMENT_SORT_KEY} = $afterMs AND s.id < $afterId))`,
    );
  }
  const cypher = [
    'CALL {',
    `  ${PLAIN_ANCHOR} WHERE ${recent.join(' AND ')}`,
    '  RETURN s ORDER BY s.firstReportedAt DESC, s.id DESC LIMIT toInteger($limit)',
    '}',
    'WITH collect(s) AS recent',
    'CALL {',
    '  WITH recent',
    // No row, so no scan, while the recent statements fill the page.
    '  UNWIND CASE WHEN size(recent) < toInteger($limit) THEN [true] ELSE [] END AS more',
    `  ${PLAIN_ANCHOR} WHERE ${rest.join(' AND ')}`,
    `  WITH s ORDER BY ${STATEMENT_SORT_KEY} DESC, s.id DESC LIMIT toInteger($limit)`,
    '  RETURN collect(s) AS rest',
    '}',
    'UNWIND recent + rest AS s',
    `WITH s, ${STATEMENT_SORT_KEY} AS sortMs`,
    'ORDER BY sortMs DESC, s.id DESC',
    'LIMIT toInteger($limit)',
    'RETURN s, sortMs',
  ].join('\n');
  return { cypher, params };
}

/** The number of statements meeting `criteria`. */
export function statementsCountQuery(criteria: StatementCriteria): CypherQuery | null {
  const match = statementMatch(criteria);
  if (!match) return null;
  return { cypher: `${match.cypher}\nRETURN count(s) AS count`, params: match.params };
}
