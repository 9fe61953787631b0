import { afterAll, describe, expect, it } from 'vitest';
import type { CypherQuery } from '../src/graph/database.js';
import { GraphWriteError } from '../src/graph/graph-write-error.js';
import { GraphWriter } from '../src/graph/graph-writer.js';
import { buildExtraction } from './support/build-extraction.js';
import { testDatabase, testTag } from './support/test-database.js';

/** A made-up word unique to this run, so names (and their normalised forms) are ours alone. */
function word(): string {
  return Array.from({ length: 7 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('');
}
const cap = (w: string) => w[0]?.toUpperCase() + w.slice(1);

describe('GraphWriter', () => {
  const db = testDatabase();
  const writer = new GraphWriter(db, { now: () => new Date('2026-01-01T00:00:00Z') });
  const tag = testTag('graph-writer');
  const W = cap(word()); // surname-like token shared by this file's names
  const articleIds: string[] = [];
  const aid = (name: string) => {
    const id = `${tag}-${name}`;
    articleIds.push(id);
    return id;
  };

  afterAll(async () => {
    for (const id of articleIds) await writer.deleteArticle(id);
    await db.write({
      cypher: `MATCH (n) WHERE (n:Entity AND n.aliasText CONTAINS $w) OR (n:Statement AND n.text CONTAINS $w)
               OR (n:Article AND n.id STARTS WITH $tag) DETACH DELETE n`,
      params: { w: W.toLowerCase(), tag },
    });
    await db.close();
  });

  const totals = async () => {
    const [row] = await db.read({
      cypher:
        'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
      params: {},
    });
    return row;
  };
  const entityCount = async (name: string) => {
    const [row] = await db.read({
      cypher: 'MATCH (e:Entity {name: $name}) RETURN count(e) AS n',
      params: { name },
    });
    return row?.n;
  };

  it('re-ingesting the same article changes nothing and writes nothing', async () => {
    const extraction = buildExtraction({
      article: { id: aid('idem'), source: `Idem Wire ${W}` },
      entities: [{ name: `Ada ${W}` }, { name: `Port ${W}`, type: 'PLACE' }],
      statements: [
        { speaker: `Ada ${W}`, text: `We will rebuild Port ${W}`, mentions: [`Port ${W}`] },
      ],
    });
    const first = await writer.upsertArticle(extraction);
    expect(first).toEqual({
      status: 'new',
      articleId: extraction.article.id,
      entities: 2,
      statements: 1,
    });
    const before = await totals();

    const queries: CypherQuery[] = [];
    const counting = testDatabase({ onQuery: (q) => queries.push(q) });
    try {
      // A new Database first asks for the home database, once; count from after that.
      await counting.read({ cypher: 'RETURN 1 AS one', params: {} });
      queries.length = 0;
      const again = await new GraphWriter(counting).upsertArticle(extraction);
      expect(again).toEqual({
        status: 'unchanged',
        articleId: extraction.article.id,
        entities: 2,
        statements: 1,
      });
    } finally {
      await counting.close();
    }
    expect(queries).toHaveLength(1); // only the content-hash lookup
    expect(await totals()).toEqual(before);
  });

  it('a corrected article replaces its statements and mentions, leaving no stale ones', async () => {
    const id = aid('corrected');
    const v1 = buildExtraction({
      article: { id },
      entities: [{ name: `Bea ${W}` }, { name: `Old Place ${W}`, type: 'PLACE' }],
      statements: [
        { speaker: `Bea ${W}`, text: `First words ${W}` },
        { speaker: `Bea ${W}`, text: `Retracted words ${W}` },
      ],
    });
    await writer.upsertArticle(v1);
    const v2 = buildExtraction({
      article: { id },
      entities: [{ name: `Bea ${W}` }],
      statements: [
        { speaker: `Bea ${W}`, text: `First words ${W}` },
        { speaker: `Bea ${W}`, text: `Corrected words ${W}` },
      ],
    });
    expect(await writer.upsertArticle(v2)).toMatchObject({
      status: 'updated',
      entities: 1,
      statements: 2,
    });

    const statements = await db.read({
      cypher: 'MATCH (s:Statement)-[:IN]->(:Article {id: $id}) RETURN s.text AS text ORDER BY text',
      params: { id },
    });
    expect(statements.map((s) => s.text)).toEqual([`Corrected words ${W}`, `First words ${W}`]);
    const [stale] = await db.read({
      cypher: 'MATCH (s:Statement) WHERE s.text = $t RETURN count(s) AS n',
      params: { t: `Retracted words ${W}` },
    });
    expect(stale?.n).toBe(0);
    expect(await entityCount(`Old Place ${W}`)).toBe(0); // referenced by nothing any more
    const [edges] = await db.read({
      cypher:
        'MATCH (a:Article {id: $id}) RETURN COUNT { (a)-[:MENTIONS]->() } AS mentions, COUNT { ()-[:IN]->(a) } AS ins',
      params: { id },
    });
    expect(edges).toEqual({ mentions: 1, ins: 2 });
  });

  it('deleting an article removes its statements, mentions and orphaned entities only', async () => {
    const keep = buildExtraction({
      article: { id: aid('del-keep'), publishedAt: '2025-03-02T00:00:00.000Z' },
      entities: [{ name: `Cy ${W}` }],
      statements: [{ speaker: `Cy ${W}`, text: `Shared words ${W}` }],
    });
    const gone = buildExtraction({
      article: { id: aid('del-gone'), publishedAt: '2025-03-01T00:00:00.000Z' },
      entities: [{ name: `Cy ${W}` }, { name: `Lonely ${W}` }],
      statements: [
        { speaker: `Cy ${W}`, text: `Shared words ${W}` },
        { speaker: `Lonely ${W}`, text: `Only here ${W}` },
      ],
    });
    await writer.upsertArticles([keep, gone]);
    expect(await writer.deleteArticle(`${tag}-no-such-article`)).toBe(false);
    expect(await writer.deleteArticle(gone.article.id)).toBe(true);

    const [row] = await db.read({
      cypher: `RETURN COUNT { (:Article {id: $id}) } AS article,
                      COUNT { (s:Statement) WHERE s.text = $only } AS onlyHere,
                      COUNT { (e:Entity) WHERE e.name = $lonely } AS lonely,
                      COUNT { (e:Entity) WHERE e.name = $cy } AS cy`,
      params: { id: gone.article.id, only: `Only here ${W}`, lonely: `Lonely ${W}`, cy: `Cy ${W}` },
    });
    expect(row).toEqual({ article: 0, onlyHere: 0, lonely: 0, cy: 1 });
    const [shared] = await db.read({
      cypher:
        'MATCH (s:Statement {text: $t}) RETURN COUNT { (s)-[:IN]->() } AS ins, s.firstReportedAt AS first',
      params: { t: `Shared words ${W}` },
    });
    expect(shared).toEqual({ ins: 1, first: '2025-03-02T00:00:00.000Z' });
  });

  it('resolves the same person, organization and place across articles, and keeps the two Georgias apart', async () => {
    const full = `Dora ${W}`;
    const org = `${cap(word())} ${cap(word())} Agency`;
    const acronym = org
      .split(' ')
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    await writer.upsertArticles([
      buildExtraction({
        article: { id: aid('res-1') },
        entities: [
          { name: full, aliases: [W, `Governor ${W}`], titles: ['Governor'] },
          { name: org, type: 'ORGANIZATION' },
          { name: 'Georgia', type: 'PLACE' },
          { name: 'Florida', type: 'PLACE' },
        ],
      }),
    ]);
    // A later batch: surname only, acronym only, and Georgia among other countries.
    const results = await writer.upsertArticles([
      buildExtraction({
        article: { id: aid('res-2') },
        entities: [{ name: W }, { name: acronym, type: 'ORGANIZATION' }],
      }),
      buildExtraction({
        article: { id: aid('res-3') },
        entities: [
          { name: 'Georgia', type: 'PLACE' },
          { name: 'Armenia', type: 'PLACE' },
          { name: 'Turkey', type: 'PLACE' },
        ],
      }),
      buildExtraction({
        article: { id: aid('res-4') },
        entities: [
          { name: 'Georgia', type: 'PLACE' },
          { name: 'Alabama', type: 'PLACE' },
        ],
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['new', 'new', 'new']);

    const people = await db.read({
      cypher: `MATCH (a:Article)-[m:MENTIONS]->(e:Person) WHERE a.id IN $ids
               RETURN DISTINCT e.name AS name, e.matchedBy AS matchedBy, collect(m.matchedBy) AS rules`,
      params: { ids: [`${tag}-res-1`, `${tag}-res-2`] },
    });
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: full });
    expect(people[0]?.matchedBy).toEqual(expect.arrayContaining([full, W]));
    expect(people[0]?.rules).toEqual(expect.arrayContaining(['new', 'alias']));

    const orgs = await db.read({
      cypher: `MATCH (a:Article)-[m:MENTIONS]->(e:Organization) WHERE a.id IN $ids RETURN DISTINCT e.name AS name, m.matchedBy AS rule ORDER BY rule`,
      params: { ids: [`${tag}-res-1`, `${tag}-res-2`] },
    });
    expect(orgs).toEqual([
      { name: org, rule: 'acronym' },
      { name: org, rule: 'new' },
    ]);

    const georgias = await db.read({
      cypher: `MATCH (a:Article)-[:MENTIONS]->(e:Place {normName: 'georgia'}) WHERE a.id STARTS WITH $tag
               RETURN e.qualifier AS qualifier, collect(a.id) AS articles ORDER BY qualifier`,
      params: { tag },
    });
    expect(georgias).toEqual([
      { qualifier: 'country', articles: [`${tag}-res-3`] },
      { qualifier: 'us-state', articles: expect.arrayContaining([`${tag}-res-1`, `${tag}-res-4`]) },
    ]);
  });

  it('a surname shared by two known people resolves to neither', async () => {
    const surname = cap(word());
    await writer.upsertArticle(
      buildExtraction({
        article: { id: aid('amb-1') },
        entities: [{ name: `Eve ${surname}` }, { name: `Finn ${surname}` }],
      }),
    );
    await writer.upsertArticle(
      buildExtraction({ article: { id: aid('amb-2') }, entities: [{ name: surname }] }),
    );
    const rows = await db.read({
      cypher:
        'MATCH (:Article {id: $id})-[m:MENTIONS]->(e) RETURN e.name AS name, m.matchedBy AS rule',
      params: { id: `${tag}-amb-2` },
    });
    expect(rows).toEqual([{ name: surname, rule: 'new' }]);
    await db.write({
      cypher: 'MATCH (e:Entity) WHERE e.normName ENDS WITH $s DETACH DELETE e',
      params: { s: surname.toLowerCase() },
    });
  });

  it('a full name arriving after surname-only articles joins that person and names it', async () => {
    const surname = cap(word());
    await writer.upsertArticle(
      buildExtraction({
        article: { id: aid('late-1') },
        entities: [{ name: surname, aliases: [`President ${surname}`] }],
        statements: [{ speaker: surname, text: `We will not back down ${W}` }],
      }),
    );
    await writer.upsertArticle(
      buildExtraction({
        article: { id: aid('late-2') },
        entities: [{ name: `Dora ${surname}` }],
        statements: [{ speaker: `Dora ${surname}`, text: `The plan is working ${W}` }],
      }),
    );
    const rows = await db.read({
      cypher: `MATCH (e:Person) WHERE e.normName = $s OR $s IN e.normAliases
               RETURN e.name AS name, e.aliases AS aliases, COUNT { (e)-[:SAID]->() } AS said,
                      COUNT { (:Article)-[:MENTIONS]->(e) } AS articles`,
      params: { s: surname.toLowerCase() },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: `Dora ${surname}`, said: 2, articles: 2 });
    expect(rows[0]?.aliases).toEqual(expect.arrayContaining([surname, `President ${surname}`]));
    expect(rows[0]?.aliases).not.toContain(`Dora ${surname}`);
    await writer.deleteArticle(`${tag}-late-1`);
    await writer.deleteArticle(`${tag}-late-2`);
  });

  it('the same quote from two outlets is one Statement with one IN edge per article', async () => {
    const speaker = `Gus ${W}`;
    const a = buildExtraction({
      article: {
        id: aid('quote-a'),
        source: `Outlet A ${W}`,
        publishedAt: '2025-06-02T10:00:00.000Z',
      },
      entities: [{ name: speaker }],
      statements: [{ speaker, text: `We are ready, and we will win ${W}.` }],
    });
    const b = buildExtraction({
      article: {
        id: aid('quote-b'),
        source: `Outlet B ${W}`,
        publishedAt: '2025-06-01T08:00:00.000Z',
      },
      entities: [{ name: speaker, aliases: [`Mr. ${W}`] }],
      statements: [{ speaker, text: `we are ready -- and we will WIN ${W}` }],
    });
    await writer.upsertArticle(a);
    await writer.upsertArticle(b);
    const rows = await db.read({
      cypher: `MATCH (sp:Entity {name: $speaker})-[:SAID]->(s:Statement)-[:IN]->(a:Article)
               RETURN s.id AS id, s.firstReportedAt AS first, collect(a.id) AS articles`,
      params: { speaker },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.first).toBe('2025-06-01T08:00:00.000Z');
    expect([...(rows[0]?.articles as string[])].sort()).toEqual(
      [a.article.id, b.article.id].sort(),
    );
    const outlets = await db.read({
      cypher:
        'MATCH (a:Article)-[:PUBLISHED_BY]->(o:Organization) WHERE a.id IN $ids RETURN o.name AS name ORDER BY name',
      params: { ids: [a.article.id, b.article.id] },
    });
    expect(outlets).toEqual([{ name: `Outlet A ${W}` }, { name: `Outlet B ${W}` }]);
  });

  it('two processes ingesting overlapping articles at once create no duplicate entities', async () => {
    const people = Array.from({ length: 6 }, (_, i) => `${cap(word())} ${W}${i}`);
    const make = (i: number) =>
      buildExtraction({
        article: { id: `${tag}-conc-${i}`, source: `Concurrent Wire ${W}` },
        entities: [
          { name: people[i % 6] ?? '' },
          { name: people[(i + 1) % 6] ?? '' },
          { name: `Shared Org ${W}`, type: 'ORGANIZATION' },
        ],
        statements: [{ speaker: people[i % 6] ?? '', text: `Overlap ${i % 3} ${W}` }],
      });
    for (let i = 0; i < 10; i += 1) articleIds.push(`${tag}-conc-${i}`);
    const dbA = testDatabase();
    const dbB = testDatabase();
    try {
      const a = new GraphWriter(dbA);
      const b = new GraphWriter(dbB);
      const ingest = async (writerX: GraphWriter, indexes: number[]) => {
        for (let i = 0; i < indexes.length; i += 3)
          await writerX.upsertArticles(indexes.slice(i, i + 3).map(make));
      };
      await Promise.all([ingest(a, [0, 1, 2, 3, 4, 5, 6]), ingest(b, [3, 4, 5, 6, 7, 8, 9])]);
    } finally {
      await Promise.all([dbA.close(), dbB.close()]);
    }
    const dupes = await db.read({
      cypher:
        'MATCH (e:Entity) WHERE e.aliasText CONTAINS $w WITH e.key AS key, count(*) AS n WHERE n > 1 RETURN key',
      params: { w: W.toLowerCase() },
    });
    expect(dupes).toEqual([]);
    for (const name of [...people, `Shared Org ${W}`, `Concurrent Wire ${W}`])
      expect(await entityCount(name)).toBe(1);
    const [rels] = await db.read({
      cypher: `MATCH (a:Article)-[r:MENTIONS|PUBLISHED_BY]->(e) WHERE a.id STARTS WITH $p
               WITH a, e, type(r) AS t, count(r) AS n WHERE n > 1 RETURN count(*) AS duplicates`,
      params: { p: `${tag}-conc-` },
    });
    expect(rels?.duplicates).toBe(0);
    const [articles] = await db.read({
      cypher: 'MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN count(a) AS n',
      params: { p: `${tag}-conc-` },
    });
    expect(articles?.n).toBe(10);
  });

  it('a batch that fails mid-transaction leaves no partial data', async () => {
    const good = buildExtraction({
      article: { id: aid('fail-good') },
      entities: [{ name: `Hal ${W}` }],
      statements: [{ speaker: `Hal ${W}`, text: `Never stored ${W}` }],
    });
    const other = buildExtraction({
      article: { id: aid('fail-other') },
      entities: [{ name: `Ivy ${W}` }],
    });
    const failing = testDatabase({
      onQuery: (q) => {
        if (q.cypher.includes('MERGE (s:Statement'))
          throw new Error('injected failure after entities and articles were written');
      },
    });
    try {
      await expect(new GraphWriter(failing).upsertArticles([good, other])).rejects.toThrow(
        'injected failure',
      );
    } finally {
      await failing.close();
    }
    const [row] = await db.read({
      cypher:
        'RETURN COUNT { (a:Article) WHERE a.id IN $ids } AS articles, COUNT { (e:Entity) WHERE e.name IN $names } AS entities',
      params: { ids: [good.article.id, other.article.id], names: [`Hal ${W}`, `Ivy ${W}`] },
    });
    expect(row).toEqual({ articles: 0, entities: 0 });
  });

  it('refuses an invalid extraction before writing, with BAD_USER_INPUT', async () => {
    const bad = buildExtraction({
      article: { id: aid('invalid'), publishedAt: 'the day before yesterday' },
      entities: [{ name: `Jo ${W}` }],
    });
    const failure = await writer.upsertArticles([bad]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphWriteError);
    expect((failure as GraphWriteError).code).toBe('BAD_USER_INPUT');
    expect(await entityCount(`Jo ${W}`)).toBe(0);
  });

  it('merges entities: relationships move without duplicates, statements with the same words become one', async () => {
    const target = `Kim ${W}`;
    const source = `K. ${W}`;
    const a1 = buildExtraction({
      article: { id: aid('merge-1'), publishedAt: '2025-05-02T00:00:00.000Z' },
      entities: [{ name: target }, { name: `Lee ${W}` }],
      statements: [{ speaker: target, text: `Same words ${W}`, mentions: [`Lee ${W}`] }],
    });
    const a2 = buildExtraction({
      article: { id: aid('merge-2'), publishedAt: '2025-05-01T00:00:00.000Z' },
      entities: [{ name: `Lee ${W}` }, { name: source }, { name: target }],
      statements: [
        { speaker: source, text: `Same words ${W}!` },
        { speaker: source, text: `Other words ${W}` },
      ],
    });
    await writer.upsertArticles([a1, a2]);
    const ids = await db.read({
      cypher: 'MATCH (e:Person) WHERE e.name IN [$t, $s] RETURN e.name AS name, e.id AS id',
      params: { t: target, s: source },
    });
    const targetId = ids.find((r) => r.name === target)?.id as string;
    const sourceId = ids.find((r) => r.name === source)?.id as string;
    expect(targetId).toBeTruthy();
    expect(sourceId).toBeTruthy();

    const merged = await writer.mergeEntities([sourceId], targetId);
    expect(merged).toMatchObject({ id: targetId, name: target });
    expect(merged.aliases).toContain(source);

    const [row] = await db.read({
      cypher: `MATCH (t:Entity {id: $id})
               RETURN COUNT { (:Entity {id: $source}) } AS sources,
                      COUNT { (:Article {id: $a2})-[:MENTIONS]->(t) } AS mentionEdges,
                      [(:Article {id: $a2})-[m:MENTIONS]->(t) | m.count][0] AS count,
                      COUNT { (t)-[:SAID]->() } AS said`,
      params: { id: targetId, source: sourceId, a2: a2.article.id },
    });
    expect(row).toEqual({ sources: 0, mentionEdges: 1, count: 2, said: 2 });
    const [same] = await db.read({
      cypher: `MATCH (:Entity {id: $id})-[:SAID]->(s:Statement) WHERE s.text STARTS WITH 'Same words'
               RETURN count(DISTINCT s) AS n, COUNT { (s)-[:IN]->() } AS ins, s.firstReportedAt AS first, COUNT { (s)-[:MENTIONS]->() } AS mentions`,
      params: { id: targetId },
    });
    expect(same).toEqual({ n: 1, ins: 2, first: '2025-05-01T00:00:00.000Z', mentions: 1 });

    await expect(writer.mergeEntities([`${tag}-missing`], targetId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(writer.mergeEntities([], targetId)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(writer.mergeEntities([targetId], targetId)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('adds an alias that later articles resolve through', async () => {
    const name = `Mo ${W}zz`;
    await writer.upsertArticle(
      buildExtraction({ article: { id: aid('alias-1') }, entities: [{ name }] }),
    );
    const [row] = await db.read({
      cypher: 'MATCH (e:Entity {name: $name}) RETURN e.id AS id',
      params: { name },
    });
    const entity = await writer.addAlias(row?.id as string, `The Mighty ${W}`);
    expect(entity.aliases).toContain(`The Mighty ${W}`);
    await writer.upsertArticle(
      buildExtraction({ article: { id: aid('alias-2') }, entities: [{ name: `Mighty ${W}` }] }),
    );
    const [linked] = await db.read({
      cypher:
        'MATCH (:Article {id: $id})-[m:MENTIONS]->(e) RETURN e.name AS name, m.matchedBy AS rule',
      params: { id: `${tag}-alias-2` },
    });
    expect(linked).toEqual({ name, rule: 'alias' });
    await expect(writer.addAlias(`${tag}-missing`, 'x')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(writer.addAlias(row?.id as string, ' ... ')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});
