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
  it('a Spanish or Portuguese body opening with its head word is an organization', () => {
    const out = entities(
      'Ramiro Ocampo, an economist at Universidad de las Colinas, said Banco del Llano had waited too long.',
    );
    expect(out).toContain('ORGANIZATION:Universidad de las Colinas');
    expect(out).toContain('ORGANIZATION:Banco del Llano');
  });
  it('a word that is no name before a country or county names a body serving it', () => {
    const out = entities(
      'Waterways Ontario said the locks would reopen. Advocacy group Carewatch Lincolnshire agreed.',
    );
    expect(out).toContain('ORGANIZATION:Waterways Ontario');
    expect(out).toContain('ORGANIZATION:Carewatch Lincolnshire');
    // A region qualified by an adjective stays a place.
    expect(entities('Clinics in Rural Ontario are closing.')).not.toContain(
      'ORGANIZATION:Rural Ontario',
    );
  });
  it('a place and a team nickname are a club, also without "the"', () => {
    const out = entities('Coventry Hawks beat Nottingham Saints 27-24 at Mossbrook Ground.');
    expect(out).toContain('ORGANIZATION:Coventry Hawks');
    expect(out).toContain('ORGANIZATION:Nottingham Saints');
    expect(out).toContain('PLACE:Mossbrook Ground');
  });
  it('a rating agency and a rugby body are organizations', () => {
    const out = entities('Calloway Ratings and Ostland Rugby both issued warnings on Monday.');
    expect(out).toContain('ORGANIZATION:Calloway Ratings');
    expect(out).toContain('ORGANIZATION:Ostland Rugby');
  });
  it('a name told something after "the" is a newspaper; "A&E" and "R&D" are no names', () => {
    const out = entities(
      '"We waited all night in A&E," Ivo Marchetti told the Clarion. The firm cut R&D spending.',
    );
    expect(out).toContain('ORGANIZATION:Clarion');
    expect(out).toContain('PERSON:Ivo Marchetti');
    expect(out.some((e) => e.includes('&'))).toBe(false);
  });
});
