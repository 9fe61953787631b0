/**
 * The RETURN items that read a Statement node `s` into a StatementRecord (related nodes as
 * ids, articles newest first). `via` names an IN relationship whose offsets to return.
 */
export function statementFields(via?: string): string {
  return [
    's.id AS id',
    's.text AS text',
    's.kind AS kind',
    's.cue AS cue',
    's.channel AS channel',
    's.confidence AS confidence',
    's.firstReportedAt AS firstReportedAt',
    'COLLECT { MATCH (sp:Entity)-[:SAID]->(s) RETURN sp.id }[0] AS speakerId',
    'COLLECT { MATCH (s)-[:MENTIONS]->(m:Entity) RETURN DISTINCT m.id } AS mentionIds',
    'COLLECT { MATCH (s)-[:IN]->(sa:Article) RETURN sa.id ORDER BY sa.publishedAt DESC, sa.id } AS articleIds',
    via ? `${via}.start AS start` : 'null AS start',
    via ? `${via}.end AS end` : 'null AS end',
  ].join(', ');
}
