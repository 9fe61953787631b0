import { describe, expect, it } from 'vitest';
import { buildAliasAdd } from './build-alias-add.js';
import { buildEntityMerge } from './build-entity-merge.js';

describe('entity edit builders', () => {
  it('merge one entity into another in parameterised steps', () => {
    const queries = buildEntityMerge('ent-src', 'ent-target');
    expect(
      queries.every((q) => q.params.sourceId === 'ent-src' && q.params.targetId === 'ent-target'),
    ).toBe(true);
    expect(queries.map((q) => q.cypher)).toMatchInlineSnapshot(`
      [
        "MATCH (src:Entity {id: $sourceId}), (t:Entity {id: $targetId})
      MATCH (a:Article)-[r:MENTIONS]->(src)
      MERGE (a)-[m:MENTIONS]->(t)
      ON CREATE SET m.count = 0, m.offsets = [], m.matchedBy = r.matchedBy
      SET m.count = m.count + coalesce(r.count, 0), m.offsets = m.offsets + coalesce(r.offsets, [])
      DELETE r
      WITH DISTINCT m
      CALL (m) {
        UNWIND range(0, size(m.offsets) / 2 - 1) AS i
        WITH DISTINCT m.offsets[2 * i] AS start, m.offsets[2 * i + 1] AS end
        ORDER BY start, end
        RETURN reduce(acc = [], x IN collect([start, end]) | acc + x) AS offsets
      }
      SET m.offsets = offsets",
        "MATCH (src:Entity {id: $sourceId}), (t:Entity {id: $targetId})
      MATCH (a:Article)-[r:PUBLISHED_BY]->(src)
      MERGE (a)-[:PUBLISHED_BY]->(t)
      DELETE r",
        "MATCH (src:Entity {id: $sourceId}), (t:Entity {id: $targetId})
      MATCH (s:Statement)-[r:MENTIONS]->(src)
      MERGE (s)-[:MENTIONS]->(t)
      DELETE r",
        "MATCH (src:Entity {id: $sourceId}), (t:Entity {id: $targetId})
      MATCH (src)-[said:SAID]->(s:Statement)
      DELETE said
      WITH t, s, t.id + substring(s.quoteKey, size(split(s.quoteKey, '|')[0])) AS newKey
      OPTIONAL MATCH (same:Statement {quoteKey: newKey})
      CALL (t, s, same, newKey) {
        WITH * WHERE same IS NULL
        SET s.quoteKey = newKey
        MERGE (t)-[:SAID]->(s)
      }
      CALL (s, same) {
        WITH * WHERE same IS NOT NULL
        CALL (s, same) {
          MATCH (s)-[i:IN]->(a:Article)
          MERGE (same)-[j:IN]->(a)
          ON CREATE SET j.start = i.start, j.end = i.end, j.cue = i.cue, j.channel = i.channel
        }
        CALL (s, same) {
          MATCH (s)-[:MENTIONS]->(e:Entity)
          MERGE (same)-[:MENTIONS]->(e)
        }
        DETACH DELETE s
      }
      WITH DISTINCT t
      MATCH (t)-[:SAID]->(s:Statement)
      CALL (s) {
        OPTIONAL MATCH (s)-[:IN]->(a:Article)
        RETURN min(a.publishedAt) AS first
      }
      SET s.firstReportedAt = first",
        "MATCH (src:Entity {id: $sourceId}), (e:Entity {id: $targetId})
      WITH e, src, [src.name] + coalesce(src.aliases, []) AS aliases,
        [src.normName] + coalesce(src.normAliases, []) AS normAliases,
        coalesce(src.titles, []) AS titles, coalesce(src.matchedBy, []) AS matchedBy
      SET e.aliases = reduce(acc = coalesce(e.aliases, []), x IN aliases | CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END),
          e.normAliases = reduce(acc = coalesce(e.normAliases, []), x IN normAliases | CASE WHEN x IN acc OR x = e.normName THEN acc ELSE acc + x END),
          e.titles = reduce(acc = coalesce(e.titles, []), x IN titles | CASE WHEN x IN acc OR x = '' THEN acc ELSE acc + x END),
          e.matchedBy = reduce(acc = coalesce(e.matchedBy, []), x IN matchedBy | CASE WHEN x IN acc OR x = '' THEN acc ELSE acc + x END)
      SET e.aliasText = reduce(text = e.name, x IN e.aliases + [e.normName] + e.normAliases | text + ' | ' + x)
      DETACH DELETE src",
      ]
    `);
  });

  it('add an alias with its normalised form', () => {
    expect(buildAliasAdd('ent-1', 'The Donald', 'donald')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (e:Entity {id: $id})
      SET e.aliases = reduce(acc = coalesce(e.aliases, []), x IN [$alias] | CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END),
          e.normAliases = reduce(acc = coalesce(e.normAliases, []), x IN [$normAlias] | CASE WHEN x IN acc OR x = e.normName THEN acc ELSE acc + x END)
      SET e.aliasText = reduce(text = e.name, x IN e.aliases + [e.normName] + e.normAliases | text + ' | ' + x)
      RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.titles, []) AS titles, coalesce(e.matchedBy, []) AS matchedBy",
        "params": {
          "alias": "The Donald",
          "id": "ent-1",
          "normAlias": "donald",
        },
      }
    `);
  });
});
