import type { CypherQuery } from './database.js';
import { setEntityNamesCypher } from './set-entity-names-cypher.js';
import { SET_FIRST_REPORTED_CYPHER } from './build-first-reported-update.js';

/**
 * The queries that merge one entity (`sourceId`) into another (`targetId`), to run in order
 * in one transaction:
 * 1. article MENTIONS move to the target; when the article already mentions the target,
 *    counts add up and offsets are merged (sorted, without repeats);
 * 2. PUBLISHED_BY and statement MENTIONS move (MERGE: no duplicate edges);
 * 3. each statement the source SAID is re-keyed to the target's id; when the target already
 *    has a statement with those words, the two become one: IN and MENTIONS edges move to it
 *    and the source's statement is deleted; `firstReportedAt` is recomputed;
 * 4. the target gains the source's name, aliases, titles and matchedBy; the source is deleted.
 * Run one source at a time, so two sources saying the same words cannot collide.
 */
export function buildEntityMerge(sourceId: string, targetId: string): CypherQuery[] {
  const params = { sourceId, targetId };
  return [
    {
      cypher: [
        'MATCH (src:Entity {id: $sourceId}), (t:Entity {id: $targetId})',
        'MATCH (a:Article)-[r:MENTIONS]->(src)',
        'MERGE (a)-[m:MENTIONS]->(t)',
        'ON CREATE SET m.count = 0, m.offsets = [], m.matchedBy = r.matchedBy',
        'SET m.count = m.count + coalesce(r.count, 0), m.offsets = m.offsets + coalesce(r.offsets, [])',
        'DELETE r',
        'WITH DISTINCT m',
        'CALL (m) {',
        '  UNWIND range(0, size(m.offsets) / 2 - 1) AS i',
        '  WITH DISTINCT m.offsets[2 * i] AS start, m.offsets[2 * i + 1] AS end',
        '  ORDER BY start, end',
        '  RETURN reduce(acc = [], x IN collect([start, end]) | acc + x) AS offsets',
        '}',
        'SET m.offsets = offsets',
      ].join('\n'),
      params,
    },
    {
      cypher: [
        'MATCH (src:Entity {id: $sourceId}), (t:Entity {id: $targetId})',
        'MATCH (a:Article)-[r:PUBLISHED_BY]->(src)',
        'MERGE (a)-[:PUBLISHED_BY]->(t)',
        'DELETE r',
      ].join('\n'),
      params,
    },
    {
      cypher: [
        'MATCH (src:Entity {id: $sourceId}), (t:Entity {id: $targetId})',
        'MATCH (s:Statement)-[r:MENTIONS]->(src)',
        'MERGE (s)-[:MENTIONS]->(t)',
        'DELETE r',
      ].join('\n'),
      params,
    },
    {
      cypher: [
        'MATCH (src:Entity {id: $sourceId}), (t:Entity {id: $targetId})',
        'MATCH (src)-[said:SAID]->(s:Statement)',
        'DELETE said',
        // The key's words part starts at its first '|' (see quoteKey).
        "WITH t, s, t.id + substring(s.quoteKey, size(split(s.quoteKey, '|')[0])) AS newKey",
        'OPTIONAL MATCH (same:Statement {quoteKey: newKey})',
        'CALL (t, s, same, newKey) {',
        '  WITH * WHERE same IS NULL',
        '  SET s.quoteKey = newKey',
        '  MERGE (t)-[:SAID]->(s)',
        '}',
        'CALL (s, same) {',
        '  WITH * WHERE same IS NOT NULL',
        '  CALL (s, same) {',
        '    MATCH (s)-[i:IN]->(a:Article)',
        '    MERGE (same)-[j:IN]->(a)',
        '    ON CREATE SET j.start = i.start, j.end = i.end, j.cue = i.cue, j.channel = i.channel',
        '  }',
        '  CALL (s, same) {',
        '    MATCH (s)-[:MENTIONS]->(e:Entity)',
        '    MERGE (same)-[:MENTIONS]->(e)',
        '  }',
        '  DETACH DELETE s',
        '}',
        'WITH DISTINCT t',
        'MATCH (t)-[:SAID]->(s:Statement)',
        SET_FIRST_REPORTED_CYPHER,
      ].join('\n'),
      params,
    },
    {
      cypher: [
        'MATCH (src:Entity {id: $sourceId}), (e:Entity {id: $targetId})',
        'WITH e, src, [src.name] + coalesce(src.aliases, []) AS aliases,',
        '  [src.normName] + coalesce(src.normAliases, []) AS normAliases,',
        '  coalesce(src.titles, []) AS titles, coalesce(src.matchedBy, []) AS matchedBy',
        setEntityNamesCypher({
          aliases: 'aliases',
          normAliases: 'normAliases',
          titles: 'titles',
          matchedBy: 'matchedBy',
        }),
        'DETACH DELETE src',
      ].join('\n'),
      params,
    },
  ];
}
