import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphWriter } from '../src/graph/graph-writer.js';
import { buildExtraction } from './support/build-extraction.js';
import { graphql } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

interface EntityView {
  id: string;
  name: string;
  aliases: string[];
}

describe('entity curation through the API', () => {
  let t: TestServer;
  let auth: Record<string, string>;
  // Names unique to this run, so resolution never ties them to another test's entities.
  let word: string;
  const names = { keeper: '', duplicate: '', bystander: '' };
  const ids = { keeper: '', duplicate: '', bystander: '' };

  const statementsBy = async (filter: Record<string, unknown>) => {
    const res = await graphql<{
      statements: {
        totalCount: number;
        edges: { node: { text: string; speaker: { id: string } | null } }[];
      };
    }>(
      t.url,
      'query ($filter: StatementFilter) { statements(filter: $filter, first: 50) { totalCount edges { node { text speaker { id } } } } }',
      { filter },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.statements;
  };

  beforeAll(async () => {
    t = await startTestServer({ corpus: false });
    auth = { authorization: `Bearer ${t.apiKey}` };
    word = t.tag.replace(/[^a-z]/gi, '').slice(-8);
    names.keeper = `${word} SpeakerK Orrin`;
    names.duplicate = `${word} SpeakerD Orrin`;
    names.bystander = `${word} SpeakerB Orrin`;
    const people = Object.values(names).map((name) => ({ name, type: 'PERSON' as const }));
    await new GraphWriter(t.db).upsertArticles([
      buildExtraction({
        article: {
          id: `${t.tag}-m1`,
          source: 'Curation Courier',
          publishedAt: '2025-05-03T10:00:00.000Z',
        },
        entities: people,
        statements: [
          { speaker: names.keeper, text: `The quay repairs finish in June ${word}` },
          {
            speaker: names.keeper,
            text: `Ferry fares stay flat ${word}`,
            mentions: [names.bystander],
          },
          {
            speaker: names.duplicate,
            text: `The quay needs a second crane ${word}`,
            mentions: [names.bystander],
          },
          { speaker: names.bystander, text: `Nobody asked the fishermen ${word}` },
        ],
      }),
    ]);
    for (const key of Object.keys(names) as (keyof typeof names)[]) {
      const [row] = await t.db.read({
        cypher: 'MATCH (e:Entity {name: $name}) RETURN e.id AS id',
        params: { name: names[key] },
      });
      ids[key] = String(row!.id);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('merges entities: the source is gone, its statements and mentions follow the target, its name becomes an alias', async () => {
    expect((await statementsBy({ speakerId: ids.keeper })).totalCount).toBe(2);
    const mutation =
      'mutation ($s: [ID!]!, $t: ID!) { mergeEntities(sourceIds: $s, targetId: $t) { id name aliases } }';
    const anonymous = await graphql(t.url, mutation, { s: [ids.duplicate], t: ids.keeper });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (
        await t.db.read({
          cypher: 'MATCH (e:Entity {id: $id}) RETURN e.id AS id',
          params: { id: ids.duplicate },
        })
      ).length,
    ).toBe(1);

    const merged = await graphql<{ mergeEntities: EntityView }>(
      t.url,
      mutation,
      { s: [ids.duplicate], t: ids.keeper },
      auth,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeEntities.id).toBe(ids.keeper);
    expect(merged.data!.mergeEntities.name).toBe(names.keeper);
    expect(merged.data!.mergeEntities.aliases).toContain(names.duplicate);

    // Through the API: the source is gone, the target speaks all three statements.
    const gone = await graphql<{ entity: EntityView | null }>(
      t.url,
      'query ($id: ID!) { entity(id: $id) { id } }',
      { id: ids.duplicate },
    );
    expect(gone.data?.entity ?? null).toBeNull();
    const byTarget = await statementsBy({ speakerId: ids.keeper });
    expect(byTarget.totalCount).toBe(3);
    expect(byTarget.edges.map((e) => e.node.text)).toContain(
      `The quay needs a second crane ${word}`,
    );
    // The old name now finds the target's statements.
    const byOldName = await statementsBy({ speaker: names.duplicate.toUpperCase() });
    expect(byOldName.totalCount).toBe(3);
    expect(byOldName.edges.every((e) => e.node.speaker?.id === ids.keeper)).toBe(true);

    // Plain Cypher agrees: one node fewer, SAID moved, the article still names the target.
    const [row] = await t.db.read({
      cypher: `OPTIONAL MATCH (old:Entity {id: $old})
        MATCH (k:Entity {id: $keeper})
        RETURN count(old) AS old, COUNT { (k)-[:SAID]->() } AS said, COUNT { (:Article {id: $article})-[:MENTIONS]->(k) } AS named`,
      params: { old: ids.duplicate, keeper: ids.keeper, article: `${t.tag}-m1` },
    });
    expect(row).toEqual({ old: 0, said: 3, named: 1 });

    const again = await graphql(t.url, mutation, { s: [ids.duplicate], t: ids.keeper }, auth);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('adds an alias that speaker and entity searches then find', async () => {
    const alias = `Harbor Voice ${word}`;
    expect((await statementsBy({ speaker: alias })).totalCount).toBe(0);
    const added = await graphql<{ addAlias: EntityView }>(
      t.url,
      'mutation ($id: ID!, $alias: String!) { addAlias(entityId: $id, alias: $alias) { id aliases } }',
      { id: ids.bystander, alias },
      auth,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addAlias.aliases).toContain(alias);

    const bySpeaker = await statementsBy({ speaker: alias.toLowerCase() });
    expect(bySpeaker.totalCount).toBe(1);
    expect(bySpeaker.edges[0]?.node.speaker?.id).toBe(ids.bystander);
    const byAbout = await statementsBy({ about: alias });
    expect(byAbout.totalCount).toBe(2);

    const found = await graphql<{ entities: { edges: { node: { id: string } }[] } }>(
      t.url,
      'query ($name: String) { entities(filter: {name: $name}) { edges { node { id } } } }',
      { name: `harbor voice ${word}` },
    );
    expect(found.data?.entities.edges.map((e) => e.node.id)).toEqual([ids.bystander]);
    const [stored] = await t.db.read({
      cypher: 'MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases',
      params: { id: ids.bystander },
    });
    expect(stored!.aliases).toContain(alias);
  });
});
