import { describe, expect, it } from 'vitest';
import { testArticle } from '../model/test-article.js';
import { buildCandidateLookup, NAMES_PER_QUERY } from './build-candidate-lookup.js';
import { buildEntityKeyLookup } from './build-entity-key-lookup.js';
import { prepareEntities } from './prepare-entities.js';

const article = testArticle('', { id: 'a1' });

describe('candidate lookups', () => {
  it('look entities up by key, by name phrases and by acronym, all as parameters', () => {
    const prepared = prepareEntities({
      article,
      entities: [
        {
          id: 'e1',
          type: 'PERSON',
          name: 'Ada Quist',
          aliases: ['Quist'],
          titles: [],
          mentions: [],
        },
        {
          id: 'e2',
          type: 'ORGANIZATION',
          name: 'Federal Bureau of Investigation',
          aliases: [],
          titles: [],
          mentions: [],
        },
        { id: 'e3', type: 'ORGANIZATION', name: 'NTSB', aliases: [], titles: [], mentions: [] },
      ],
      statements: [],
    });
    expect(buildEntityKeyLookup(prepared.map((p) => p.key))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (node:Entity) WHERE node.key IN $keys
      RETURN node.id AS id, node.key AS key, node.type AS type, node.name AS name, node.normName AS normName, coalesce(node.normAliases, []) AS normAliases, node.qualifier AS qualifier, node.acronym AS acronym",
        "params": {
          "keys": [
            "ORGANIZATION:federal bureau of investigation",
            "ORGANIZATION:ntsb",
            "PERSON:ada quist",
          ],
        },
      }
    `);
    expect(buildCandidateLookup(prepared)).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $queries AS query
      CALL db.index.fulltext.queryNodes("entity_names", query.text, {limit: query.limit}) YIELD node
      RETURN node.id AS id, node.key AS key, node.type AS type, node.name AS name, node.normName AS normName, coalesce(node.normAliases, []) AS normAliases, node.qualifier AS qualifier, node.acronym AS acronym
      UNION
      MATCH (node:Entity) WHERE node.key IN $keys
      RETURN node.id AS id, node.key AS key, node.type AS type, node.name AS name, node.normName AS normName, coalesce(node.normAliases, []) AS normAliases, node.qualifier AS qualifier, node.acronym AS acronym
      UNION
      MATCH (node:Entity) WHERE node.acronym IN $acronyms
      RETURN node.id AS id, node.key AS key, node.type AS type, node.name AS name, node.normName AS normName, coalesce(node.normAliases, []) AS normAliases, node.qualifier AS qualifier, node.acronym AS acronym",
        "params": {
          "acronyms": [
            "ntsb",
          ],
          "keys": [
            "ORGANIZATION:fbi",
            "ORGANIZATION:federal bureau of investigation",
            "ORGANIZATION:ntsb",
            "PERSON:ada quist",
            "PERSON:quist",
          ],
          "queries": [
            {
              "limit": 100,
              "text": ""ada quist" OR "fbi" OR "federal bureau of investigation" OR "ntsb" OR "quist"",
            },
          ],
        },
      }
    `);
  });

  it('splits many names into several full-text queries', () => {
    const entities = Array.from({ length: NAMES_PER_QUERY + 1 }, (_, i) => ({
      id: `e${i}`,
      type: 'ORGANIZATION' as const,
      name: `Agency Number${i}`,
      aliases: [],
      titles: [],
      mentions: [],
    }));
    const query = buildCandidateLookup(prepareEntities({ article, entities, statements: [] }));
    expect((query.params.queries as unknown[]).length).toBe(2);
  });
});
