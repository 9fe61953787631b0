import { describe, expect, it } from 'vitest';
import { testArticle } from '../model/test-article.js';
import type { ExtractedEntity } from '../model/extraction.js';
import { prepareEntities, type PreparedEntity } from './prepare-entities.js';
import { resolveEntities, type EntityCandidate } from './resolve-entities.js';

const article = testArticle('', { id: 'a1' });

function prepared(entities: Partial<ExtractedEntity>[]): PreparedEntity[] {
  return prepareEntities({
    article,
    entities: entities.map((e, i) => ({
      id: `e${i + 1}`,
      type: 'PERSON',
      name: '',
      aliases: [],
      titles: [],
      mentions: [],
      ...e,
    })),
    statements: [],
  });
}

function stored(overrides: Partial<EntityCandidate> & { name: string }): EntityCandidate {
  const normName = overrides.name.toLowerCase().replace(/\./g, '');
  const type = overrides.type ?? 'PERSON';
  return {
    id: `id-${normName}`,
    key: `${type}:${normName}`,
    type,
    normName,
    normAliases: [],
    qualifier: null,
    acronym: null,
    ...overrides,
  };
}

const rules = (entities: PreparedEntity[], candidates: EntityCandidate[]) =>
  resolveEntities(entities, candidates).map((r) => `${r.entity.name} -> ${r.name} (${r.rule})`);

describe('resolveEntities', () => {
  it('ties names, known aliases and unique surnames to stored people', () => {
    const trump = stored({ name: 'Donald Trump', normAliases: ['president trump'] });
    expect(
      rules(prepared([{ name: 'Donald Trump' }, { name: 'President Trump' }, { name: 'Trump' }]), [
        trump,
      ]),
    ).toEqual([
      'Donald Trump -> Donald Trump (name)',
      'President Trump -> Donald Trump (alias)',
      'Trump -> Donald Trump (surname)',
    ]);
  });

  it('creates a new entity for a surname shared by two stored people', () => {
    const candidates = [stored({ name: 'Donald Trump' }), stored({ name: 'Eric Trump' })];
    const [result] = resolveEntities(prepared([{ name: 'Trump' }]), candidates);
    expect(result).toMatchObject({ rule: 'new', key: 'PERSON:trump' });
  });

  it('gives a full name to a stored one-word person, unless a full namesake exists', () => {
    const [alone] = resolveEntities(prepared([{ name: 'Donald Trump' }]), [
      stored({ name: 'Trump' }),
    ]);
    expect(alone).toMatchObject({
      rule: 'fullname',
      key: 'PERSON:trump',
      fullName: 'Donald Trump',
    });
    const [taken] = resolveEntities(prepared([{ name: 'Donald Trump' }]), [
      stored({ name: 'Trump' }),
      stored({ name: 'Eric Trump' }),
    ]);
    expect(taken).toMatchObject({ rule: 'new', key: 'PERSON:donald trump' });
  });

  it('ties an acronym to the organization it abbreviates, and the reverse', () => {
    const fbi = stored({
      name: 'Federal Bureau of Investigation',
      type: 'ORGANIZATION',
      acronym: 'fbi',
    });
    expect(rules(prepared([{ name: 'FBI', type: 'ORGANIZATION' }]), [fbi])).toEqual([
      'FBI -> Federal Bureau of Investigation (acronym)',
    ]);
    const short = stored({ name: 'NTSB', type: 'ORGANIZATION' });
    expect(
      rules(prepared([{ name: 'National Transportation Safety Board', type: 'ORGANIZATION' }]), [
        short,
      ]),
    ).toEqual(['National Transportation Safety Board -> NTSB (acronym)']);
  });

  it('never ties entities of different types or differently qualified places', () => {
    const person = stored({ name: 'Georgia' });
    const state = stored({
      name: 'Georgia',
      type: 'PLACE',
      key: 'PLACE:georgia#us-state',
      qualifier: 'us-state',
    });
    const [country] = resolveEntities(
      prepared([
        { name: 'Georgia', type: 'PLACE' },
        { name: 'Russia', type: 'PLACE' },
        { name: 'Armenia', type: 'PLACE' },
      ]),
      [person, state],
    );
    expect(country).toMatchObject({ rule: 'new', key: 'PLACE:georgia#country' });
  });

  it('lets later articles of a batch resolve to entities created earlier in it', () => {
    const batch = [
      ...prepared([{ name: 'Ada Quist', aliases: ['Dr. Quist'], titles: ['Dr.'] }]),
      ...prepared([{ name: 'Quist' }]),
    ];
    const [first, second] = resolveEntities(batch, []);
    expect(first).toMatchObject({ rule: 'new', name: 'Ada Quist' });
    expect(second).toMatchObject({ rule: 'alias', id: first?.id, key: 'PERSON:ada quist' });
  });

  it('does not modify the candidates it is given', () => {
    const candidate = stored({ name: 'Ada Quist' });
    resolveEntities(prepared([{ name: 'Ada Quist', aliases: ['Quisty'] }]), [candidate]);
    expect(candidate.normAliases).toEqual([]);
  });
});
