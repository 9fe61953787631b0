import { wholeNumber } from './whole-number.js';

/**
 * The RETURN items that read a Statement node `s` into a StatementRecord (related nodes as
 * ids, articles newest first; times as epoch milliseconds, as in ARTICLE_FIELDS). `via` names
 * an IN relationship whose offsets to return.
 *
 * With `related`, the speaker and the articles come back whole (`speaker`, `articles`: maps
 * with the fields of ENTITY_FIELDS and ARTICLE_FIELDS) instead of as ids, so a page of
 * statements and what a list of them shows (who said it, where) take one round trip. With
 * `mentions: false`, the ids of the entities each statement mentions are not read (no
 * `mentionIds` column), for a page whose client does not ask for them.
 */
export function statementFields(
  via?: string,
  options: { related?: boolean; mentions?: boolean } = {},
): string {
  return [
    's.id AS id',
    's.text AS text',
    's.kind AS kind',
    's.cue AS cue',
    's.channel AS channel',
    's.confidence AS confidence',
    `${wholeNumber('s.firstReportedAt.epochMillis')} AS firstReportedAt`,
    options.related
      ? 'COLLECT { MATCH (sp:Entity)-[:SAID]->(s) RETURN sp {.id, .type, .name, aliases: coalesce(sp.aliases, []), titles: coalesce(sp.titles, [])} }[0] AS speaker'
      : 'COLLECT { MATCH (sp:Entity)-[:SAID]->(s) RETURN sp.id }[0] AS speakerId',
    ...(options.mentions === false
      ? []
      : ['COLLECT { MATCH (s)-[:MENTIONS]->(m:Entity) RETURN DISTINCT m.id } AS mentionIds']),
    options.related
      ? `COLLECT { MATCH (s)-[:IN]->(sa:Article) RETURN sa {.id, .title, .dek, .url, .source, .byline, publishedAt: ${wholeNumber('sa.publishedAt.epochMillis')}} ORDER BY sa.publishedAt DESC, sa.id } AS articles`
      : 'COLLECT { MATCH (s)-[:IN]->(sa:Article) RETURN sa.id ORDER BY sa.publishedAt DESC, sa.id } AS articleIds',
    via ? `${wholeNumber(`${via}.start`)} AS start` : 'null AS start',
    via ? `${wholeNumber(`${via}.end`)} AS end` : 'null AS end',
  ].join(', ');
}
