import { describe, expect, it } from 'vitest';
import { testArticle as article } from '../model/test-article.js';
import { extract } from './extract.js';

// Invented sentences in common wire-service attribution forms; none comes from the evaluation articles.
/** Statements as [speaker name, kind, text]. */
function said(body: string): [string | undefined, string, string][] {
  const x = extract(article(body));
  return x.statements.map((s) => [
    x.entities.find((e) => e.id === s.speakerId)?.name,
    s.kind,
    s.text,
  ]);
}

describe('extract: wire-service attribution forms', () => {
  it("a pronoun inside a sentence refers to its subject, not the last sentence's", () => {
    const out = said(
      'Rhodri Vance was injured early. Coach Tamsin Aubrey said the side was slow.\n\nHe added that Vance would miss the final.\n\nVisiting coach Darren Oakes was angered by the last penalty, which he said should have gone the other way.',
    );
    expect(out.at(-1)).toEqual(['Darren Oakes', 'INDIRECT', 'should have gone the other way.']);
  });
  it('a pronoun inside a sentence that opens with a pronoun follows the previous subject', () => {
    const out = said(
      'Ross Kell said the line was late.\n\nHe pointed to the Harbor Link program, which he argued had run years behind schedule.',
    );
    expect(out.map(([speaker]) => speaker)).toEqual(['Ross Kell', 'Ross Kell']);
  });
  it('"Opposition Leader NAME" is a person with a title; "Opposition MPs" is no one', () => {
    const out = said(
      'Opposition Leader Marlon Teague said the budget was a con. Opposition MPs said it would fail.',
    );
    expect(out).toEqual([['Marlon Teague', 'INDIRECT', 'the budget was a con.']]);
  });
  it('"NAME dismissed X as Y" reports a verdict, and a following "and accused" one more', () => {
    const out = said(
      'Senator Odile Brannock dismissed the plan as "a wish list with a price tag" and accused the council of hiding its costs.',
    );
    expect(out).toEqual([
      ['Odile Brannock', 'INDIRECT', 'a wish list with a price tag'],
      ['Odile Brannock', 'INDIRECT', 'the council of hiding its costs.'],
    ]);
    expect(said('The judge dismissed the case against Ferrand Hollis on Monday.')).toEqual([]);
  });
  it('"the Commons" is the House of Commons; a state party branch is a party', () => {
    const x = extract(
      article(
        'Della Marsh said she would raise it in the Commons. According to the Tasmanian Greens, the plan is unfunded.',
      ),
    );
    const names = x.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toContain('ORGANIZATION:House of Commons');
    expect(names).toContain('ORGANIZATION:Tasmanian Greens');
  });
  it('"..., said NAME, a spokeswoman for ORG" credits the named person', () => {
    const out = said(
      'Brindle Logistics opened a depot in Omaha.\n\n“We expect to hire 300 people by spring,” said Carla Menzies, a spokeswoman for Brindle Logistics.',
    );
    expect(out).toEqual([['Carla Menzies', 'DIRECT', 'We expect to hire 300 people by spring,']]);
  });
  it('"NAME, 54, told The Outlet that ..." reads the clause after "that"', () => {
    const out = said(
      'Orrin Blackwood, 54, told The Harlow Gazette that the mill would reopen in April.',
    );
    expect(out).toEqual([['Orrin Blackwood', 'INDIRECT', 'the mill would reopen in April.']]);
  });
  it('"The ministry said in a statement on Tuesday that ..." credits the nearest ministry', () => {
    const out = said(
      'The Ministry of Fisheries set new quotas.\n\nThe ministry said in a statement on Tuesday that stocks of cod had recovered.',
    );
    expect(out).toEqual([['Ministry of Fisheries', 'INDIRECT', 'stocks of cod had recovered.']]);
  });
  it('"“...,” NAME wrote on X." is a direct quote with its channel', () => {
    const x = extract(
      article(
        'Senator Paloma Ferreira-Lund opposed the bill.\n\n“This bill is a giveaway,” Ferreira-Lund wrote on X.',
      ),
    );
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.channel).toBe('on X');
    expect(x.entities.find((e) => e.id === x.statements[0]?.speakerId)?.name).toBe(
      'Paloma Ferreira-Lund',
    );
  });
  it('unnamed groups ("Officials said ...") are skipped', () => {
    expect(said('Officials said the bridge would stay closed through the weekend.')).toEqual([]);
  });
  it('"NAME, who ..., said ..." credits the subject, not a name inside the relative clause', () => {
    const out = said(
      'Marguerite Olsson, who has represented Dorian Keller since 2019, said the appeal would be filed next week.',
    );
    expect(out).toEqual([
      ['Marguerite Olsson', 'INDIRECT', 'the appeal would be filed next week.'],
    ]);
  });
  it('"NAME of ORG, who ..., said" credits the person', () => {
    const out = said(
      'Ibrahim Castellanos of Tidewater Capital, who follows the airline, said fuel costs would squeeze margins.',
    );
    expect(out).toEqual([['Ibrahim Castellanos', 'INDIRECT', 'fuel costs would squeeze margins.']]);
  });
  it('"Its president, NAME, said" credits the named person in apposition', () => {
    const out = said(
      'The Harbor Nurses Union met Monday. Its president, Delphine Abara, said members would vote on Friday.',
    );
    expect(out).toEqual([['Delphine Abara', 'INDIRECT', 'members would vote on Friday.']]);
  });
  it('"..., NAME said Thursday." reads a clause-final cue with a time', () => {
    const out = said(
      'The plant will close by the end of the year, Mayor Tobias Renwick said Thursday.',
    );
    expect(out).toEqual([
      ['Tobias Renwick', 'INDIRECT', 'The plant will close by the end of the year'],
    ]);
  });
  it('"..., noted NAME, a professor at ..." reads an inverted clause-final cue', () => {
    const out = said(
      'Strikes of this length are rare in the industry, noted Helga Benedetti, a labor historian at Brookfield University.',
    );
    expect(out[0]?.slice(0, 2)).toEqual(['Helga Benedetti', 'INDIRECT']);
    expect(out[0]?.[2]).toBe('Strikes of this length are rare in the industry');
  });
  it('"X said A but warned that B" gives two statements of X', () => {
    const out = said(
      'Yusuf Adeyemi said the talks had been productive but warned that a deal was still weeks away.',
    );
    expect(out).toEqual([
      ['Yusuf Adeyemi', 'INDIRECT', 'the talks had been productive'],
      ['Yusuf Adeyemi', 'INDIRECT', 'a deal was still weeks away.'],
    ]);
  });
  it('"X voted no, arguing that ..." credits the sentence subject', () => {
    const out = said(
      'Councilwoman Renata Adebayo, a Democrat who represents the east side, voted no, arguing that the fee would hurt renters.',
    );
    expect(out).toEqual([['Renata Adebayo', 'INDIRECT', 'the fee would hurt renters.']]);
  });
  it('"according to Dr. NAME, a ..." keeps the abbreviation inside the speaker', () => {
    const out = said(
      'Hospital admissions fell by a third last month, according to Dr. Anneliese Voss, the county health officer.',
    );
    expect(out).toEqual([
      ['Anneliese Voss', 'INDIRECT', 'Hospital admissions fell by a third last month'],
    ]);
  });
  it('"It warned, however, that ..." credits the organization that spoke last', () => {
    const out = said(
      'The Corvane Shipping Group said in a statement that profits had doubled. It warned, however, that fuel prices could erase the gains.',
    );
    expect(out.map((s) => s[0])).toEqual(['Corvane Shipping Group', 'Corvane Shipping Group']);
    expect(out[1]?.[2]).toBe('fuel prices could erase the gains.');
  });
  it('a pronoun after an unnamed spokeswoman stays with her organization', () => {
    const out = said(
      'The Bellwether Port Authority (BPA) closed two terminals, a BPA spokeswoman said. She said crews would inspect the cranes on Monday.\n\nMayor Ines Kowalski visited the port.',
    );
    expect(out.map((s) => s[0])).toEqual([
      'Bellwether Port Authority',
      'Bellwether Port Authority',
    ]);
  });
  it('"X added 12 points" is not speech', () => {
    expect(
      said('Guard Lorenzo Thornbury added 12 points and five rebounds for the Wolves.'),
    ).toEqual([]);
  });
  it('"X says it ..." in the present tense', () => {
    const out = said('Quillon Robotics Inc. says it has shipped 40,000 units this year.');
    expect(out).toEqual([
      ['Quillon Robotics Inc.', 'INDIRECT', 'it has shipped 40,000 units this year.'],
    ]);
  });
  it('"X wrote in a letter to ORG (ACR) that ..." skips the prepositional phrase', () => {
    const out = said(
      'Rep. Odile Brannigan, D-Ore., wrote in a letter to the Federal Aviation Administration (FAA) that the agency should ground the jets.',
    );
    expect(out).toEqual([['Odile Brannigan', 'INDIRECT', 'the agency should ground the jets.']]);
  });
  it('"X told reporters ..." without "that" reads the clause after the audience', () => {
    const out = said('Coach Bartholomew Iyer told reporters the team would appeal the suspension.');
    expect(out).toEqual([
      ['Bartholomew Iyer', 'INDIRECT', 'the team would appeal the suspension.'],
    ]);
  });
  it('"In a statement, X said ..." skips the introductory phrase', () => {
    const out = said(
      'In a statement, Governor Alma Restrepo said the state would cover the repairs.',
    );
    expect(out).toEqual([['Alma Restrepo', 'INDIRECT', 'the state would cover the repairs.']]);
  });
  it('a name that is the object of a clause is not the speaker of a clause-final cue', () => {
    const out = said(
      'Vikram Solberg filed the complaint. The board declined, and the audit did not find the errors Solberg described.',
    );
    expect(out).toEqual([]);
  });
  it('"and states continue" is not a second reporting verb', () => {
    const out = said(
      'Governor Alma Restrepo said rural counties and states continue to lose doctors.',
    );
    expect(out).toEqual([
      ['Alma Restrepo', 'INDIRECT', 'rural counties and states continue to lose doctors.'],
    ]);
  });
  it("a pronoun prefers the previous statement's speaker over a nearer person named in passing", () => {
    const out = said(
      'Greta Rennick runs the bakery. She said the new ovens were installed by her niece, Paula Ortiz.\n\n“We will bake at night,” she said.',
    );
    expect(out.map((s) => s[0])).toEqual(['Greta Rennick', 'Greta Rennick']);
  });
  it('a pronoun prefers the subject of the previous sentence', () => {
    const out = said(
      'Greta Rennick laughed when she recalled how Paula Ortiz found the shop.\n\n“It was a very small shop,” she said.',
    );
    expect(out.map((s) => s[0])).toEqual(['Greta Rennick']);
  });
  it('"..., ORG said Monday, the ..." reads a clause-final cue followed by an aside', () => {
    const out = said(
      'Flu admissions doubled in a week, the Marlow County Health Department said Monday, the sharpest rise since 2018.',
    );
    expect(out).toEqual([
      ['Marlow County Health Department', 'INDIRECT', 'Flu admissions doubled in a week'],
    ]);
  });
  it('"X wrote in the report, which ..., that ..." skips the channel and its relative clause', () => {
    const out = said(
      'Dr. Imogen Talbot wrote in the report, which was released Friday, that the samples had been mislabeled.',
    );
    expect(out).toEqual([['Imogen Talbot', 'INDIRECT', 'the samples had been mislabeled.']]);
  });
});

describe('extract: units, committees and names the name list lacks', () => {
  it('"Bank of X Governor NAME" splits the body from a person whose first name is not listed', () => {
    const x = extract(
      article('Bank of Valdoria Governor Tiagor Menlasca said the krone was strong.'),
    );
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([
      ['ORGANIZATION', 'Bank of Valdoria'],
      ['PERSON', 'Tiagor Menlasca'],
    ]);
  });
  it('"Sta." and "Sto." inside a name do not end the sentence or the name', () => {
    expect(said('Rodel Sto. Mabini, a farmer, said the soldiers came at night.')).toEqual([
      ['Rodel Sto. Mabini', 'INDIRECT', 'the soldiers came at night.'],
    ]);
  });
  it('"the PARTY TITLE for X" names the party, as "PARTY MPs" does', () => {
    const x = extract(
      article('Orla Quennell, the Fine Gael TD for Carrowmore, said the ward would reopen.'),
    );
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([
      ['PERSON', 'Orla Quennell'],
      ['ORGANIZATION', 'Fine Gael'],
    ]);
  });
  it('an institution named before its place is an organization ("University Hospital Waterford")', () => {
    const x = extract(article('Nurses at University Hospital Waterford said the ward was full.'));
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([
      ['ORGANIZATION', 'University Hospital Waterford'],
    ]);
  });
  it('a military unit keeps its ordinal and is an organization', () => {
    const x = extract(article('The 4th Armored Brigade said it had withdrawn from the valley.'));
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([
      ['ORGANIZATION', '4th Armored Brigade'],
    ]);
    expect(x.statements.map((s) => s.text)).toEqual(['it had withdrawn from the valley.']);
  });
  it('"Committee on X and Y" is one name, even when a subject is also a title ("Justice")', () => {
    const x = extract(
      article(
        'The Senate Committee on Justice and Coastal Fisheries said the hearing would resume.',
      ),
    );
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([
      ['ORGANIZATION', 'Senate Committee on Justice and Coastal Fisheries'],
    ]);
  });
});
