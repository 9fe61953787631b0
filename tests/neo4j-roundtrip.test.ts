import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseError } from '../src/graph/database.js';
import { testDatabase, testTag } from './support/test-database.js';

describe('the real Neo4j started for tests', () => {
  const db = testDatabase();
  const tag = testTag('roundtrip');

  afterAll(async () => {
    await db.write({ cypher: 'MATCH (n {testTag: $tag}) DETACH DELETE n', params: { tag } });
    await db.close();
  });

  it('stores nodes and reads them back with plain values', async () => {
    await db.write({
      cypher:
        'UNWIND $rows AS row CREATE (:Article {id: row.id, title: row.title, words: row.words, testTag: $tag})',
      params: {
        tag,
        rows: [
          { id: `${tag}-a`, title: 'First', words: 600 },
          { id: `${tag}-b`, title: 'Second', words: 420 },
        ],
      },
    });
    const rows = await db.read({
      cypher:
        'MATCH (a:Article {testTag: $tag}) RETURN a.id AS id, a.title AS title, a.words AS words ORDER BY a.id',
      params: { tag },
    });
    expect(rows).toEqual([
      { id: `${tag}-a`, title: 'First', words: 600 },
      { id: `${tag}-b`, title: 'Second', words: 420 },
    ]);
  });

  it('asks for the home database once, not before every query', async () => {
    const sent: string[] = [];
    const counting = testDatabase({ onQuery: (q) => sent.push(q.cypher) });
    try {
      await Promise.all(
        [1, 2, 3].map((n) => counting.read({ cypher: 'RETURN $n AS n', params: { n } })),
      );
      await counting.write({ cypher: 'RETURN 4 AS n', params: {} });
      expect(sent.filter((c) => c.startsWith('CALL db.info()'))).toHaveLength(1);
      expect(sent).toHaveLength(5);
    } finally {
      await counting.close();
    }
  });

  it('rejects a duplicate id through the uniqueness constraint', async () => {
    const create = {
      cypher: 'CREATE (:Article {id: $id, testTag: $tag})',
      params: { id: `${tag}-dup`, tag },
    };
    await db.write(create);
    const failure = await db.write(create).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DatabaseError);
    expect((failure as DatabaseError).code).toBe('CONSTRAINT_VIOLATION');
    const [row] = await db.read({
      cypher: 'MATCH (a:Article {id: $id}) RETURN count(a) AS n',
      params: { id: `${tag}-dup` },
    });
    expect(row?.n).toBe(1);
  });
});
