import { describe, expect, it } from 'vitest';
import { buildExtraction } from '../../tests/support/build-extraction.js';
import { buildArticleDetach } from './build-article-detach.js';
import { buildArticleUpsert } from './build-article-upsert.js';
import { buildArticleWrite } from './build-article-write.js';
import { buildOrphanCleanup } from './build-orphan-cleanup.js';
import { contentHash } from './content-hash.js';
import { planArticleWrite } from './plan-article-write.js';
import { prepareEntities } from './prepare-entities.js';
import { resolveEntities } from './resolve-entities.js';

function plan() {
  const extraction = buildExtraction({
    article: { id: 'a1', source: 'Daily Ledger', publishedAt: '2025-06-01T08:00:00.000Z' },
    entities: [
      { name: 'Ada Quist', aliases: ['Quist', 'Gov. Quist'], titles: ['Gov.'] },
      { name: 'Quist' },
      { name: 'Daily Ledger', type: 'ORGANIZATION' },
    ],
    statements: [
      { speaker: 'Ada Quist', text: 'We are ready.' },
      { speaker: 'Quist', text: 'we are READY' },
    ],
  });
  const prepared = prepareEntities(extraction);
  return planArticleWrite(
    [
      {
        extraction,
        contentHash: contentHash(extraction),
        resolutions: resolveEntities(prepared, []),
      },
    ],
    new Date('2026-01-01T00:00:00Z'),
  );
}

describe('planArticleWrite', () => {
  it('merges extracted entities that resolve to one stored entity, and repeated quotes', () => {
    const p = plan();
    expect(p.entities.map((e) => e.key)).toEqual(['ORGANIZATION:daily ledger', 'PERSON:ada quist']);
    expect(p.mentions.map((m) => [m.key, m.count, m.offsets, m.matchedBy])).toEqual([
      ['PERSON:ada quist', 2, [0, 9, 24, 29], 'new'],
      ['ORGANIZATION:daily ledger', 1, [44, 56], 'new'],
    ]);
    expect(p.statements).toHaveLength(1);
    expect(p.articles[0]?.outletKey).toBe('ORGANIZATION:daily ledger');
    expect(p.counts.get('a1')).toEqual({ entities: 2, statements: 1 });
  });
});

describe('article write builders', () => {
  it('build parameterised queries for a batch', () => {
    const p = plan();
    const queries = [
      buildArticleUpsert(p.articles),
      buildArticleDetach(['a1']),
      ...buildArticleWrite(p),
      buildOrphanCleanup(['st-1'], ['ent-1']),
    ];
    expect(queries.map((q) => q.cypher)).toMatchInlineSnapshot(`
      [
        "UNWIND $articles AS row
      MERGE (a:Article {id: row.id})
      SET a.url = row.url, a.title = row.title, a.dek = row.dek, a.source = row.source, a.byline = row.byline,
        a.body = row.body, a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE datetime(row.publishedAt) END, a.updatedAt = CASE WHEN row.updatedAt IS NULL THEN null ELSE datetime(row.updatedAt) END,
        a.contentHash = row.contentHash, a.ingestedAt = datetime(row.ingestedAt)",
        "UNWIND $ids AS id
      MATCH (a:Article {id: id})
      CALL (a) {
        OPTIONAL MATCH (a)-[r:MENTIONS|PUBLISHED_BY]->(e:Entity)
        WITH collect(r) AS rels, collect(DISTINCT e.id) AS entityIds
        FOREACH (r IN rels | DELETE r)
        RETURN entityIds
      }
      CALL (a) {
        OPTIONAL MATCH (s:Statement)-[r:IN]->(a)
        WITH collect(r) AS rels, collect(DISTINCT s.id) AS statementIds
        FOREACH (r IN rels | DELETE r)
        RETURN statementIds
      }
      RETURN a.id AS id, entityIds, statementIds",
        "UNWIND $entities AS row
      MERGE (e:Entity {key: row.key})
      ON CREATE SET e.id = row.id, e.type = row.type, e.name = row.name, e.normName = row.normName,
        e.qualifier = row.qualifier, e.acronym = row.acronym,
        e.aliases = [], e.normAliases = [], e.titles = [], e.matchedBy = []
      WITH e, row,
        [x IN row.aliases WHERE NOT x IN coalesce(e.aliases, []) AND x <> e.name] AS aliases,
        [x IN row.normAliases WHERE NOT x IN coalesce(e.normAliases, []) AND x <> e.normName] AS normAliases,
        [x IN row.titles WHERE NOT x IN coalesce(e.titles, [])] AS titles,
        [x IN row.matchedBy WHERE NOT x IN coalesce(e.matchedBy, [])] AS matchedBy
      WHERE e.aliasText IS NULL OR size(aliases) + size(normAliases) + size(titles) + size(matchedBy) > 0
      SET e.aliases = coalesce(e.aliases, []) + aliases, e.normAliases = coalesce(e.normAliases, []) + normAliases,
        e.titles = coalesce(e.titles, []) + titles, e.matchedBy = coalesce(e.matchedBy, []) + matchedBy
      SET e.aliasText = reduce(text = e.name, x IN e.aliases + [e.normName] + e.normAliases | text + ' | ' + x)
      FOREACH (_ IN CASE WHEN row.type = 'PERSON' THEN [1] ELSE [] END | SET e:Person)
      FOREACH (_ IN CASE WHEN row.type = 'PLACE' THEN [1] ELSE [] END | SET e:Place)
      FOREACH (_ IN CASE WHEN row.type = 'ORGANIZATION' THEN [1] ELSE [] END | SET e:Organization)",
        "UNWIND $outlets AS row
      MATCH (a:Article {id: row.articleId})
      MATCH (o:Entity {key: row.key})
      MERGE (a)-[:PUBLISHED_BY]->(o)",
        "UNWIND $articles AS art
      MATCH (a:Article {id: art.id})
      UNWIND art.rows AS row
      MATCH (e:Entity {key: row.key})
      CREATE (a)-[:MENTIONS {count: row.count, offsets: row.offsets, matchedBy: row.matchedBy}]->(e)",
        "UNWIND $articles AS art
      MATCH (a:Article {id: art.id})
      UNWIND art.rows AS row
      MERGE (s:Statement {quoteKey: row.quoteKey})
      ON CREATE SET s.id = row.id, s.text = row.text, s.kind = row.kind, s.cue = row.cue, s.channel = row.channel,
        s.confidence = row.confidence
      CREATE (s)-[:IN {start: row.start, end: row.end, cue: row.cue, channel: row.channel}]->(a)
      FOREACH (_ IN CASE WHEN a.publishedAt < coalesce(s.firstReportedAt, a.publishedAt + duration({days: 1}))
        THEN [1] ELSE [] END | SET s.firstReportedAt = a.publishedAt)
      WITH s, row
      CALL (s, row) {
        UNWIND row.mentionKeys AS key
        MATCH (e:Entity {key: key})
        MERGE (s)-[:MENTIONS]->(e)
      }
      WITH s, row WHERE row.speakerKey IS NOT NULL
      MATCH (speaker:Entity {key: row.speakerKey})
      MERGE (speaker)-[:SAID]->(s)",
        "CALL () {
        UNWIND $statementIds AS id
        MATCH (s:Statement {id: id}) WHERE NOT (s)-[:IN]->()
        OPTIONAL MATCH (s)--(e:Entity)
        WITH s, collect(e.id) AS linked
        DETACH DELETE s
        RETURN count(s) AS statements, reduce(acc = [], ids IN collect(linked) | acc + ids) AS linked
      }
      CALL (linked) {
        UNWIND $entityIds + linked AS id
        WITH DISTINCT id
        MATCH (e:Entity {id: id}) WHERE NOT (e)--()
        DELETE e
        RETURN count(e) AS entities
      }
      RETURN statements, entities",
      ]
    `);
    expect(queries.find((q) => q.cypher.includes('MERGE (s:Statement'))?.params)
      .toMatchInlineSnapshot(`
        {
          "articles": [
            {
              "id": "a1",
              "rows": [
                {
                  "channel": null,
                  "confidence": 0.9,
                  "cue": "said",
                  "end": 103,
                  "id": "st-f588bf516f20a009",
                  "kind": "DIRECT",
                  "mentionKeys": [],
                  "quoteKey": "ent-cf0dce26b480bba9|we are ready",
                  "speakerKey": "PERSON:ada quist",
                  "start": 71,
                  "text": "We are ready.",
                },
              ],
            },
          ],
        }
      `);
  });
});
