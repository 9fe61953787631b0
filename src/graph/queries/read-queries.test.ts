import { describe, expect, it } from 'vitest';
import { topEntitiesQuery, topSpeakersQuery } from './aggregate-queries.js';
import { articlesPageQuery } from './articles-query.js';
import { entitiesPageQuery } from './entities-query.js';
import { bucketStart, fillTimeBuckets } from './fill-time-buckets.js';
import { luceneQuery } from './lucene-query.js';
import { decodeCursor, encodeCursor, InvalidCursorError } from './page-cursor.js';
import { pathQuery } from './path-query.js';
import { statementsCountQuery, statementsPageQuery } from './statements-query.js';

describe('statement queries', () => {
  it('anchors on a speaker id and filters the rest, all values as parameters', () => {
    const query = statementsPageQuery(
      { speakerId: 'p1', kind: 'DIRECT', from: '2025-01-01T00:00:00.000Z' },
      21,
      null,
    );
    expect(query).toMatchInlineSnapshot(`
      {
        "cypher": "CALL {
        MATCH (:Entity {id: $speakerId})-[:SAID]->(s:Statement)
        WHERE s.kind = $kind
          AND s.firstReportedAt >= datetime($from)
        WITH s, coalesce(s.firstReportedAt.epochMillis, 0) AS sortMs
        ORDER BY sortMs DESC, s.id DESC
        LIMIT toInteger($limit)
        RETURN s, sortMs
      }
      RETURN toFloat(sortMs) AS sortMs, s.id AS id, s.text AS text, s.kind AS kind, s.cue AS cue, s.channel AS channel, s.confidence AS confidence, toFloat(s.firstReportedAt.epochMillis) AS firstReportedAt, COLLECT { MATCH (sp:Entity)-[:SAID]->(s) RETURN sp {.id, .type, .name, aliases: coalesce(sp.aliases, []), titles: coalesce(sp.titles, [])} }[0] AS speaker, COLLECT { MATCH (s)-[:MENTIONS]->(m:Entity) RETURN DISTINCT m.id } AS mentionIds, COLLECT { MATCH (s)-[:IN]->(sa:Article) RETURN sa {.id, .title, .dek, .url, .source, .byline, publishedAt: toFloat(sa.publishedAt.epochMillis)} ORDER BY sa.publishedAt DESC, sa.id } AS articles, null AS start, null AS end
      ORDER BY sortMs DESC, id DESC",
        "params": {
          "from": "2025-01-01T00:00:00.000Z",
          "kind": "DIRECT",
          "limit": 21,
          "speakerId": "p1",
        },
      }
    `);
  });

  it('uses the full-text index for text and a normalised name for speaker, with a keyset after the cursor', () => {
    const query = statementsPageQuery({ text: 'bridge budget', speaker: 'Mayor  QUILL' }, 3, {
      reportedAtMs: 1000,
      id: 's9',
    });
    expect(query?.cypher).toMatchInlineSnapshot(`
      "CALL {
        CALL db.index.fulltext.queryNodes('statement_text', $text) YIELD node AS s
        WHERE EXISTS { MATCH (sp:Entity)-[:SAID]->(s) WHERE (sp.normName = $speaker OR $speaker IN sp.normAliases) }
        WITH s, coalesce(s.firstReportedAt.epochMillis, 0) AS sortMs
        WHERE sortMs < $afterMs OR (sortMs = $afterMs AND s.id < $afterId)
        ORDER BY sortMs DESC, s.id DESC
        LIMIT toInteger($limit)
        RETURN s, sortMs
      }
      RETURN toFloat(sortMs) AS sortMs, s.id AS id, s.text AS text, s.kind AS kind, s.cue AS cue, s.channel AS channel, s.confidence AS confidence, toFloat(s.firstReportedAt.epochMillis) AS firstReportedAt, COLLECT { MATCH (sp:Entity)-[:SAID]->(s) RETURN sp {.id, .type, .name, aliases: coalesce(sp.aliases, []), titles: coalesce(sp.titles, [])} }[0] AS speaker, COLLECT { MATCH (s)-[:MENTIONS]->(m:Entity) RETURN DISTINCT m.id } AS mentionIds, COLLECT { MATCH (s)-[:IN]->(sa:Article) RETURN sa {.id, .title, .dek, .url, .source, .byline, publishedAt: toFloat(sa.publishedAt.epochMillis)} ORDER BY sa.publishedAt DESC, sa.id } AS articles, null AS start, null AS end
      ORDER BY sortMs DESC, id DESC"
    `);
    expect(query?.params).toEqual({
      text: 'bridge AND budget',
      speaker: 'mayor quill',
      afterMs: 1000,
      afterId: 's9',
      limit: 3,
    });
  });

  it('finds a speaker by name through the full-text index and keeps only exact name or alias matches', () => {
    const query = statementsCountQuery({ speaker: 'Mayor  Quill' });
    expect(query!.cypher.split('\n').slice(0, 4)).toEqual([
      "CALL db.index.fulltext.queryNodes('entity_names', $speakerPhrase) YIELD node AS sp",
      'WHERE (sp.normName = $speaker OR $speaker IN sp.normAliases)',
      'MATCH (sp)-[:SAID]->(s:Statement)',
      'WITH DISTINCT s',
    ]);
    expect(query!.params).toEqual({ speaker: 'mayor quill', speakerPhrase: '"mayor quill"' });
    expect(statementsCountQuery({ about: 'Quill' })!.params).toEqual({
      about: 'quill',
      aboutPhrase: '"quill"',
    });
    // A name with no letters or digits matches nobody (and makes no Lucene query).
    expect(statementsPageQuery({ speaker: '?!' }, 21, null)).toBeNull();
    expect(statementsCountQuery({ about: '--' })).toBeNull();
  });

  it('counts and pages an anchored match in one pass when asked to count', () => {
    const query = statementsPageQuery(
      { speakerId: 'p1' },
      21,
      { reportedAtMs: 5, id: 's5' },
      {
        count: true,
      },
    )!;
    expect(query.cypher).toMatchInlineSnapshot(`
      "MATCH (:Entity {id: $speakerId})-[:SAID]->(s:Statement)
      WITH collect(s) AS matched
      CALL (matched) {
        UNWIND matched AS s
        WITH s, coalesce(s.firstReportedAt.epochMillis, 0) AS sortMs
        WHERE sortMs < $afterMs OR (sortMs = $afterMs AND s.id < $afterId)
        ORDER BY sortMs DESC, s.id DESC
        LIMIT toInteger($limit)
        RETURN s, sortMs
      }
      RETURN toFloat(sortMs) AS sortMs, toFloat(size(matched)) AS totalCount, s.id AS id, s.text AS text, s.kind AS kind, s.cue AS cue, s.channel AS channel, s.confidence AS confidence, toFloat(s.firstReportedAt.epochMillis) AS firstReportedAt, COLLECT { MATCH (sp:Entity)-[:SAID]->(s) RETURN sp {.id, .type, .name, aliases: coalesce(sp.aliases, []), titles: coalesce(sp.titles, [])} }[0] AS speaker, COLLECT { MATCH (s)-[:MENTIONS]->(m:Entity) RETURN DISTINCT m.id } AS mentionIds, COLLECT { MATCH (s)-[:IN]->(sa:Article) RETURN sa {.id, .title, .dek, .url, .source, .byline, publishedAt: toFloat(sa.publishedAt.epochMillis)} ORDER BY sa.publishedAt DESC, sa.id } AS articles, null AS start, null AS end
      ORDER BY sortMs DESC, id DESC"
    `);
    expect(query.params).toEqual({ speakerId: 'p1', limit: 21, afterMs: 5, afterId: 's5' });
  });

  it('counts all matching statements in a separate subquery when no condition anchors them', () => {
    const query = statementsPageQuery({ kind: 'DIRECT' }, 21, null, { count: true })!;
    const lines = query.cypher.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'CALL {',
      '  MATCH (s:Statement)',
      '  WHERE s.kind = $kind',
      '  RETURN count(s) AS totalCount',
      '}',
    ]);
    expect(lines.at(-2)).toMatch(
      /^RETURN toFloat\(sortMs\) AS sortMs, toFloat\(totalCount\) AS totalCount, s\.id AS id, /,
    );
    expect(query.params).toEqual({ kind: 'DIRECT', limit: 21 });
    // Without `count`, no count.
    expect(statementsPageQuery({ speakerId: 'p1' }, 21, null)!.cypher).not.toContain('totalCount');
  });

  it('leaves out the mentioned entities when asked to, and nothing else', () => {
    const full = statementsPageQuery({ speakerId: 'p1' }, 21, null)!.cypher;
    const lean = statementsPageQuery({ speakerId: 'p1' }, 21, null, { mentions: false })!.cypher;
    expect(full).toContain('AS mentionIds');
    expect(lean).not.toContain('MENTIONS');
    expect(lean).toBe(
      full.replace(
        'COLLECT { MATCH (s)-[:MENTIONS]->(m:Entity) RETURN DISTINCT m.id } AS mentionIds, ',
        '',
      ),
    );
  });

  it('pages unanchored statements through the first-report index, scanning for undated ones only at the end', () => {
    const query = statementsPageQuery({ kind: 'DIRECT' }, 21, { reportedAtMs: 1000, id: 's9' });
    const [recent, rest] = query!.cypher.split('WITH collect(s) AS recent');
    expect(recent).toContain(
      'MATCH (s:Statement) WHERE s.firstReportedAt > datetime({epochMillis: 0}) AND s.kind = $kind',
    );
    expect(recent).toContain(
      'RETURN s ORDER BY s.firstReportedAt DESC, s.id DESC LIMIT toInteger($limit)',
    );
    expect(rest).toContain(
      'UNWIND CASE WHEN size(recent) < toInteger($limit) THEN [true] ELSE [] END AS more',
    );
    expect(rest).toContain(
      '(s.firstReportedAt IS NULL OR s.firstReportedAt <= datetime({epochMillis: 0})) AND s.kind = $kind',
    );
    expect(query!.params).toEqual({ kind: 'DIRECT', limit: 21, afterMs: 1000, afterId: 's9' });
    // Anchored criteria keep the anchored match.
    expect(statementsPageQuery({ speakerId: 'p1' }, 21, null)!.cypher).not.toContain('AS recent');
  });

  it('treats blank text as no text condition', () => {
    expect(statementsCountQuery({ text: '   ' })?.cypher).toBe(
      'MATCH (s:Statement)\nRETURN count(s) AS count',
    );
  });
});

describe('other builders', () => {
  it('pages articles of an entity newest first', () => {
    expect(
      articlesPageQuery({ entityId: 'e1', source: 'Ledger' }, 11, { publishedAtMs: 5, id: 'a5' }),
    ).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(a:Article)
      WHERE a.source = $source
      WITH a, coalesce(a.publishedAt.epochMillis, 0) AS sortMs
      WHERE sortMs < $afterMs OR (sortMs = $afterMs AND a.id < $afterId)
      ORDER BY sortMs DESC, a.id DESC
      LIMIT toInteger($limit)
      RETURN toFloat(sortMs) AS sortMs, a.id AS id, a.title AS title, a.dek AS dek, a.url AS url, a.source AS source, a.byline AS byline, toFloat(a.publishedAt.epochMillis) AS publishedAt",
        "params": {
          "afterId": "a5",
          "afterMs": 5,
          "entityId": "e1",
          "limit": 11,
          "source": "Ledger",
        },
      }
    `);
  });

  it('finds entities by name prefix through the full-text index', () => {
    const query = entitiesPageQuery({ name: 'mar qu', type: 'PERSON' }, 21, null);
    expect(query?.cypher).toContain("queryNodes('entity_names', $name)");
    expect(query?.params).toEqual({ name: 'mar* AND qu*', type: 'PERSON', limit: 21 });
  });

  it('builds aggregates with windows as parameters and labels from a fixed table', () => {
    expect(topSpeakersQuery({ aboutId: 'e2', to: '2025-02-01T00:00:00.000Z' }, 10))
      .toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (s:Statement)-[:MENTIONS]->(:Entity {id: $aboutId})
      WHERE s.firstReportedAt < datetime($to)
      MATCH (e)-[:SAID]->(s)
      WITH e, count(DISTINCT s) AS count
      ORDER BY count DESC, e.name, e.id
      LIMIT toInteger($limit)
      RETURN count, e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.titles, []) AS titles",
        "params": {
          "aboutId": "e2",
          "limit": 10,
          "to": "2025-02-01T00:00:00.000Z",
        },
      }
    `);
    expect(topEntitiesQuery({ type: 'PLACE' }, 5).cypher).toContain(
      'MATCH (a:Article)-[:MENTIONS]->(e:Place)',
    );
    // Without a window, speakers are ranked by their SAID degree, not by walking statements.
    expect(topSpeakersQuery({}, 5).cypher).toContain('COUNT { (e)-[:SAID]->() } AS count');
    expect(topSpeakersQuery({ from: '2025-01-01T00:00:00.000Z' }, 5).cypher).toMatch(
      /^MATCH \(s:Statement\)\nWHERE s\.firstReportedAt >= datetime\(\$from\)/,
    );
  });

  it('bounds path length by a checked integer', () => {
    expect(pathQuery('a', 'b', 2).cypher).toContain(
      'shortestPath((from)-[:MENTIONS|SAID*..4]-(to))',
    );
    expect(() => pathQuery('a', 'b', 7)).toThrow(RangeError);
    expect(() => pathQuery('a', 'b', 1.5)).toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('escapes Lucene syntax in user text', () => {
    expect(luceneQuery('budget" AND (x)', 'all')).toBe('budget\\" AND and AND \\(x\\)');
    expect(luceneQuery('a:b*', 'any')).toBe('a\\:b\\*');
    expect(luceneQuery(' ** ', 'any')).toBe('\\*\\*');
    expect(luceneQuery('   ', 'prefix')).toBeNull();
  });

  it('round-trips cursors and rejects foreign ones', () => {
    const cursor = encodeCursor([1718000000000, 'st-1']);
    expect(decodeCursor(cursor, ['n', 's'])).toEqual([1718000000000, 'st-1']);
    expect(() => decodeCursor(cursor, ['s', 's'])).toThrow(InvalidCursorError);
    expect(() => decodeCursor('%%%', ['n', 's'])).toThrow(InvalidCursorError);
    expect(() => decodeCursor(encodeCursor([1.5, 'x']), ['n', 's'])).toThrow(InvalidCursorError);
  });

  it('fills empty buckets between the window ends', () => {
    expect(bucketStart(new Date('2025-03-06T12:00:00Z'), 'week').toISOString()).toBe(
      '2025-03-03T00:00:00.000Z',
    );
    expect(bucketStart(new Date('2025-03-06T12:00:00Z'), 'month').toISOString()).toBe(
      '2025-03-01T00:00:00.000Z',
    );
    const filled = fillTimeBuckets([{ start: '2025-03-02T00:00:00.000Z', count: 4 }], 'day', {
      from: '2025-03-01T10:00:00Z',
      to: '2025-03-04T00:00:00Z',
    });
    expect(filled).toEqual([
      { start: '2025-03-01T00:00:00.000Z', count: 0 },
      { start: '2025-03-02T00:00:00.000Z', count: 4 },
      { start: '2025-03-03T00:00:00.000Z', count: 0 },
    ]);
  });
});
