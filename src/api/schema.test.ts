import { lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from './create-schema.js';

describe('the public schema', () => {
  it('matches the reviewed snapshot (contract changes show up in review)', async () => {
    const printed = printSchema(lexicographicSortSchema(createSchema()));
    await expect(printed).toMatchFileSnapshot('./__snapshots__/schema.graphql');
  });

  it('keeps the names outside clients rely on', () => {
    const schema = createSchema();
    const query = schema.getQueryType()?.getFields() ?? {};
    for (const field of [
      'statements',
      'entity',
      'entities',
      'search',
      'article',
      'articles',
      'path',
      'topSpeakers',
      'topEntities',
      'timeline',
      'statementTimeline',
      'stats',
    ]) {
      expect(query[field], field).toBeDefined();
    }
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {}).sort()).toEqual([
      'addAlias',
      'deleteArticle',
      'ingestArticle',
      'mergeEntities',
    ]);
    expect(Object.keys(schema.getSubscriptionType()?.getFields() ?? {})).toEqual([
      'articleIngested',
    ]);
  });
});
