import { describe, expect, it } from 'vitest';
import { testArticle } from '../model/test-article.js';
import { extract } from './extract.js';

// Invented sentences; none comes from the evaluation articles.
function entities(body: string): string[] {
  const x = extract(testArticle(body));
  return x.entities.map((e) => `${e.type}:${e.name}`);
}

describe('classifyEntity through extract', () => {
  it('a named storm is not a person', () => {
    const out = entities('Hurricane Marisol weakened over Georgia on Friday, forecasters said.');
    expect(out.some((e) => e.includes('Marisol'))).toBe(false);
    expect(out).toContain('PLACE:Georgia');
  });
  it('a law ("the ... Act") is not an organization', () => {
    const out = entities('The senators backed the Rural Broadband Expansion Act on Tuesday.');
    expect(out.some((e) => e.includes('Act'))).toBe(false);
  });
  it('a newspaper named "<Place> <outlet word>" is an organization', () => {
    const out = entities('Rowena Pickett told the Harlow Sentinel that the vote was rigged.');
    expect(out).toContain('ORGANIZATION:Harlow Sentinel');
    expect(out).toContain('PERSON:Rowena Pickett');
  });
  it('a building is a place, not a person', () => {
    const out = entities('Water reached the steps of the Carrow County Courthouse by noon.');
    expect(out).toContain('PLACE:Carrow County Courthouse');
  });
  it('a shop named with a trade word is an organization', () => {
    expect(entities('Lines formed outside Taquería Montalvo on Sunday.')).toContain(
      'ORGANIZATION:Taquería Montalvo',
    );
  });
  it('"Mr. X" and "Ms. X" are two people when the article names a man and a woman X', () => {
    const x = extract(
      testArticle(
        'Tomas Vireo and his wife, Lucinda Vireo, own the shop.\n\nMr. Vireo said he would retire. Ms. Vireo said she would not.',
      ),
    );
    const speakers = x.statements.map((s) => x.entities.find((e) => e.id === s.speakerId)?.name);
    expect(speakers).toEqual(['Tomas Vireo', 'Lucinda Vireo']);
  });
});
