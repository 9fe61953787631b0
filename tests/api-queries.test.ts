import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASHDOWN, HARROWGATE, QUILL, QUILL_STATEMENT_COUNT, VENN } from './support/api-corpus.js';
import { GraphWriter } from '../src/graph/graph-writer.js';
import { buildExtraction } from './support/build-extraction.js';
import { graphql } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

interface StatementNode {
  id: string;
  text: string;
  speaker: { name: string } | null;
  articles: { id: string; source: string }[];
}
interface StatementPage {
  statements: {
    totalCount?: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: StatementNode }[];
  };
}

const STATEMENTS = `query ($filter: StatementFilter, $first: Int, $after: String) {
  statements(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id text speaker { name } articles { id source } } }
  }
}`;

describe('read queries over HTTP', () => {
  let t: TestServer;
  const idOf = async (name: string) => {
    const [row] = await t.db.read({
      cypher:
        'MATCH (e:Entity {name: $name})<-[:MENTIONS]-(a:Article) WHERE a.id STARTS WITH $tag RETURN DISTINCT e.id AS id',
      params: { name, tag: t.tag },
    });
    if (!row) throw new Error(`no entity ${name}`);
    return String(row.id);
  };
  const statementsOf = async (filter: Record<string, unknown>, first = 100) => {
    const res = await graphql<StatementPage>(t.url, STATEMENTS, { filter, first });
    expect(res.errors).toBeUndefined();
    return res.data!.statements;
  };

  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds who said what by speaker name and by alias, case-insensitively', async () => {
    const byName = await statementsOf({ speaker: 'mara QUILL' });
    expect(byName.totalCount).toBe(QUILL_STATEMENT_COUNT);
    expect(byName.edges.every((e) => e.node.speaker?.name === QUILL.name)).toBe(true);
    const byAlias = await statementsOf({ speaker: 'mayor quill' });
    expect(byAlias.edges.map((e) => e.node.id)).toEqual(byName.edges.map((e) => e.node.id));
    const byId = await statementsOf({ speakerId: await idOf(QUILL.name) });
    expect(byId.edges.map((e) => e.node.id)).toEqual(byName.edges.map((e) => e.node.id));
    expect((await statementsOf({ speaker: 'Nobody Atall' })).totalCount).toBe(0);
  });

  it('finds statements about an entity and by full-text', async () => {
    const about = await statementsOf({ about: 'harrowgate' });
    expect(about.edges.map((e) => e.node.speaker?.name).sort()).toEqual([ASHDOWN.name, QUILL.name]);
    const aboutById = await statementsOf({ aboutId: await idOf(HARROWGATE.name) });
    expect(aboutById.totalCount).toBe(2);
    const text = await statementsOf({ text: 'turbine' });
    expect(text.edges.map((e) => e.node.speaker?.name).sort()).toEqual([
      ASHDOWN.name,
      ASHDOWN.name,
    ]);
    const combined = await statementsOf({ text: 'audit', speaker: 'Venn' });
    expect(combined.edges.map((e) => e.node.text)).toEqual([
      'The audit raises more questions than it answers',
    ]);
    const fromSource = await statementsOf({ speaker: QUILL.name, source: 'Coast Courier' });
    expect(fromSource.edges.map((e) => e.node.articles[0]?.source)).toEqual(['Coast Courier']);
    const windowed = await statementsOf({
      speaker: QUILL.name,
      from: '2025-03-05T00:00:00Z',
      to: '2025-04-01T00:00:00Z',
    });
    expect(windowed.totalCount).toBe(1);
    // Lucene syntax in user text is escaped, not an error.
    expect(
      (await graphql(t.url, STATEMENTS, { filter: { text: 'budget" AND (' } })).errors,
    ).toBeUndefined();
  });

  it('pages through statements with no gaps or duplicates', async () => {
    const all = await statementsOf({ speaker: QUILL.name });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: Awaited<ReturnType<typeof graphql<StatementPage>>> = await graphql<StatementPage>(
        t.url,
        STATEMENTS,
        {
          filter: { speaker: QUILL.name },
          first: 3,
          after,
        },
      );
      const page = res.data!.statements;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBe(Math.ceil(QUILL_STATEMENT_COUNT / 3));
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
    expect(new Set(seen).size).toBe(QUILL_STATEMENT_COUNT);
    const bad = await graphql(t.url, STATEMENTS, { first: 3, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages through all statements newest first, undated ones last, as a full sort orders them', async () => {
    // An undated article, so the page query's second branch (statements no index finds) runs.
    await new GraphWriter(t.db).upsertArticles([
      buildExtraction({
        article: { id: `${t.tag}-undated`, publishedAt: null },
        entities: [VENN],
        statements: [{ speaker: VENN.name, text: `Nobody dated this remark ${t.tag}` }],
      }),
    ]);
    const expected = await t.db.read({
      cypher:
        'MATCH (s:Statement) RETURN s.id AS id ORDER BY coalesce(s.firstReportedAt.epochMillis, 0) DESC, s.id DESC',
      params: {},
    });
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 200; pages += 1) {
      const res: Awaited<ReturnType<typeof graphql<StatementPage>>> = await graphql<StatementPage>(
        t.url,
        STATEMENTS,
        { first: 7, after },
      );
      expect(res.errors).toBeUndefined();
      const page = res.data!.statements;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.map((r) => String(r.id)));
    // The undated statement comes after every dated one.
    const [dated] = await t.db.read({
      cypher: 'MATCH (s:Statement) WHERE s.firstReportedAt IS NOT NULL RETURN count(s) AS n',
      params: {},
    });
    const undated = await statementsOf({ text: `Nobody dated this remark ${t.tag}` });
    expect(undated.edges).toHaveLength(1);
    expect(seen.indexOf(undated.edges[0]!.node.id)).toBeGreaterThanOrEqual(Number(dated!.n));
  });

  it('gives related entities by shared articles and a path with evidence', async () => {
    const quillId = await idOf(QUILL.name);
    const res = await graphql<{
      entity: { name: string; related: { articleCount: number; entity: { name: string } }[] };
    }>(
      t.url,
      'query ($id: ID!) { entity(id: $id) { name related(first: 5) { articleCount entity { name } } } }',
      { id: quillId },
    );
    expect(res.errors).toBeUndefined();
    const related = res.data!.entity.related;
    expect(related[0]).toEqual({ articleCount: 2, entity: { name: VENN.name } });
    expect(related.map((r) => r.entity.name)).toContain(HARROWGATE.name);
    expect(related.map((r) => r.entity.name)).not.toContain(ASHDOWN.name);

    const ashdownId = await idOf(ASHDOWN.name);
    const path = await graphql<{
      path: {
        from: { id: string };
        to: { id: string };
        article: { id: string } | null;
        statement: { id: string } | null;
      }[];
    }>(
      t.url,
      'query ($a: ID!, $b: ID!) { path(fromId: $a, toId: $b) { from { id } to { id } article { id } statement { id } } }',
      { a: quillId, b: ashdownId },
    );
    expect(path.errors).toBeUndefined();
    const steps = path.data!.path;
    expect(steps).toHaveLength(2);
    expect(steps[0]!.from.id).toBe(quillId);
    expect(steps[1]!.to.id).toBe(ashdownId);
    expect(steps[0]!.to.id).toBe(steps[1]!.from.id);
    for (const step of steps) expect(step.article ?? step.statement).not.toBeNull();
    const none = await graphql<{ path: unknown }>(
      t.url,
      'query ($a: ID!) { path(fromId: $a, toId: "no-such-entity") { from { id } } }',
      { a: quillId },
    );
    expect(none.data?.path).toBeNull();
  });

  it('answers dashboard aggregates that match plain Cypher counts', async () => {
    const res = await graphql<{
      stats: Record<string, number>;
      topSpeakers: { count: number; entity: { id: string; name: string } }[];
      topEntities: { count: number; entity: { id: string } }[];
      statementTimeline: { start: string; count: number }[];
    }>(
      t.url,
      `
        {
          stats {
            articles
            people
            places
            organizations
            statements
          }
          topSpeakers(first: 100) {
            count
            entity {
              id
              name
            }
          }
          topEntities(first: 100, type: PERSON) {
            count
            entity {
              id
            }
          }
          statementTimeline(interval: MONTH) {
            start
            count
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    const data = res.data!;
    const [counts] = await t.db.read({
      cypher: `MATCH (a:Article) WITH count(a) AS articles
               MATCH (p:Person) WITH articles, count(p) AS people
               MATCH (s:Statement) RETURN articles, people, count(s) AS statements`,
      params: {},
    });
    expect(data.stats.articles).toBe(counts!.articles);
    expect(data.stats.people).toBe(counts!.people);
    expect(data.stats.statements).toBe(counts!.statements);

    const speakers = await t.db.read({
      cypher: 'MATCH (e:Entity)-[:SAID]->(s:Statement) RETURN e.id AS id, count(DISTINCT s) AS n',
      params: {},
    });
    for (const { count, entity } of data.topSpeakers) {
      expect(count).toBe(speakers.find((r) => r.id === entity.id)?.n);
    }
    expect(data.topSpeakers.find((s) => s.entity.name === QUILL.name)?.count).toBe(
      QUILL_STATEMENT_COUNT,
    );
    const counted = data.topSpeakers.map((s) => s.count);
    expect(counted).toEqual([...counted].sort((a, b) => b - a));

    const mentions = await t.db.read({
      cypher: 'MATCH (a:Article)-[:MENTIONS]->(e:Person) RETURN e.id AS id, count(DISTINCT a) AS n',
      params: {},
    });
    for (const { count, entity } of data.topEntities)
      expect(count).toBe(mentions.find((r) => r.id === entity.id)?.n);

    const timelineTotal = data.statementTimeline.reduce((sum, b) => sum + b.count, 0);
    const [dated] = await t.db.read({
      cypher: 'MATCH (s:Statement) WHERE s.firstReportedAt IS NOT NULL RETURN count(s) AS n',
      params: {},
    });
    expect(timelineTotal).toBe(dated!.n);
  });

  it('gives an entity timeline with empty buckets filled', async () => {
    const id = await idOf(QUILL.name);
    const res = await graphql<{ timeline: { start: string; count: number }[] }>(
      t.url,
      'query ($id: ID!) { timeline(entityId: $id, interval: WEEK, from: "2025-03-01T00:00:00Z", to: "2025-05-01T00:00:00Z") { start count } }',
      { id },
    );
    expect(res.errors).toBeUndefined();
    const buckets = res.data!.timeline;
    expect(buckets.reduce((s, b) => s + b.count, 0)).toBe(3);
    expect(buckets[0]!.start).toBe('2025-02-24T00:00:00.000Z');
    expect(buckets.some((b) => b.count === 0)).toBe(true);
    expect(buckets.find((b) => b.start === '2025-03-03T00:00:00.000Z')?.count).toBe(1);
  });

  it('searches entities and statements, and reads an article with mentions and statement offsets', async () => {
    const search = await graphql<{
      search: {
        score: number;
        entity: { name: string } | null;
        statement: { text: string } | null;
      }[];
    }>(
      t.url,
      '{ search(query: "Harrowgate", first: 10) { score entity { name } statement { text } } }',
    );
    expect(search.errors).toBeUndefined();
    const hits = search.data!.search;
    expect(hits.some((h) => h.entity?.name === HARROWGATE.name)).toBe(true);
    expect(hits.some((h) => h.statement?.text.includes('Harrowgate'))).toBe(true);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));

    const article = await graphql<{
      article: {
        body: string;
        entities: { name: string }[];
        mentions: { start: number; end: number; entity: { name: string } }[];
        statements: { text: string; start: number; end: number }[];
      };
    }>(
      t.url,
      'query ($id: ID!) { article(id: $id) { body entities(type: PERSON) { name } mentions { start end entity { name } } statements { text start end } } }',
      {
        id: `${t.tag}-a1`,
      },
    );
    expect(article.errors).toBeUndefined();
    const a = article.data!.article;
    expect(a.entities.map((e) => e.name).sort()).toEqual([QUILL.name, VENN.name]);
    for (const m of a.mentions) expect(a.body.slice(m.start, m.end)).toBe(m.entity.name);
    for (const s of a.statements) expect(a.body.slice(s.start, s.end)).toContain(s.text);
  });
});
