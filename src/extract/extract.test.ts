import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Article } from '../model/article.js';
import { testArticle } from '../model/test-article.js';
import { extract } from './index.js';

function article(body: string, title: string | null = null): Article {
  return testArticle(body, { title });
}
type Extracted = ReturnType<typeof extract>;
const byName = (x: Extracted, name: string) =>
  x.entities.find((e) => e.name === name || e.aliases.includes(name));
/** The entity credited with statement `s`. */
const speakerOf = (x: Extracted, s: Extracted['statements'][number] | undefined) =>
  x.entities.find((e) => e.id === s?.speakerId);
/** The name of whoever said the first statement whose text starts with `start`. */
const saidBy = (x: Extracted, start: string) =>
  speakerOf(
    x,
    x.statements.find((s) => s.text.startsWith(start)),
  )?.name;

describe('extract: entities', () => {
  it('reads the place of a dateline and its state or country, with a date or not', () => {
    const x = extract(
      article(
        'VORSKA, Tallemark, June 4 (Reuters) - The port authority raised fees, its board said.\n\n' +
          "Tallemark's shippers objected.",
      ),
    );
    expect(byName(x, 'Vorska')?.type).toBe('PLACE');
    expect(byName(x, 'Tallemark')?.type).toBe('PLACE');
    const y = extract(article('PORT DELLWYN, Maine (AP) — The ferry council met on Monday.'));
    expect(byName(y, 'Port Dellwyn')?.type).toBe('PLACE');
    // A news desk's label is no place.
    const z = extract(article('BREAKING — The ferry council met on Monday.'));
    expect(z.entities.map((e) => e.name)).not.toContain('Breaking');
  });

  it('takes a councilor, an alderwoman or a selectman for a title, not part of the name', () => {
    const x = extract(
      article(
        'Councilor Ravel Tibbing, who represents the harbor wards, said the fare rise would hurt commuters.\n\n' +
          'Alderwoman Odile Farrant said the vote should wait.',
      ),
    );
    expect(byName(x, 'Ravel Tibbing')?.type).toBe('PERSON');
    expect(byName(x, 'Ravel Tibbing')?.titles).toContain('Councilor');
    expect(saidBy(x, 'the fare rise')).toBe('Ravel Tibbing');
    expect(saidBy(x, 'the vote should wait')).toBe('Odile Farrant');
  });

  it('reads "Democratic Republic of Congo" as one country, and "and" after it as a list', () => {
    const x = extract(
      article(
        'The foreign ministers of the Democratic Republic of Congo and Rwanda met in Vorska.',
      ),
    );
    expect(byName(x, 'Democratic Republic of Congo')?.type).toBe('PLACE');
    expect(byName(x, 'Rwanda')?.type).toBe('PLACE');
    expect(x.entities.map((e) => e.name)).not.toContain('Democratic Republic');
  });

  it('keeps "of" inside a long organization name and splits at "and the"', () => {
    const x = extract(
      article(
        'The Tessaly Forces for the Restoration of Dorrow (TFRD) rejected the deal. ' +
          'The Vorska Institute of Marine Study and the Pell Harbor Foundation paid for the survey.',
      ),
    );
    expect(byName(x, 'Tessaly Forces for the Restoration of Dorrow')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Vorska Institute of Marine Study')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Pell Harbor Foundation')?.type).toBe('ORGANIZATION');
  });

  it('takes a two-word surname used alone for the person whose full name ends with it', () => {
    const x = extract(
      article(
        'Foreign Minister Amadou Sesay Korvah said talks would resume. ' +
          '"We came in good faith," Sesay Korvah said.\n\n' +
          'Sen. Laird Van Tessel Jr., R-Ohio, agreed. Van Tessel said the vote was close.',
      ),
    );
    expect(byName(x, 'Sesay Korvah')?.name).toBe('Amadou Sesay Korvah');
    expect(byName(x, 'Van Tessel')?.name).toBe('Laird Van Tessel Jr.');
  });

  it('takes a portfolio before a title as part of the title ("Tallemark Foreign Minister")', () => {
    const x = extract(
      article('Tallemarkan Foreign Minister Ravel Oduya said the border would stay open.'),
    );
    expect(x.entities.map((e) => e.name)).not.toContain('Tallemarkan Foreign');
    expect(byName(x, 'Ravel Oduya')?.titles).toContain('Foreign Minister');
  });

  it('reads a committee named after a list of its subjects as one organization', () => {
    const x = extract(
      article(
        'The Senate Ports, Fisheries, Tides and Weather Committee voted 9-2 on Tuesday to advance the bill.',
      ),
    );
    expect(byName(x, 'Senate Ports, Fisheries, Tides and Weather Committee')?.type).toBe(
      'ORGANIZATION',
    );
    expect(x.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('types trade-named businesses, football clubs and camel-case brands as organizations', () => {
    const x = extract(
      article(
        'Darrow Hollis, the owner of Brightwater Roofing, was charged. ' +
          'Pellham Wanderers beat Dorrow Rovers 2-1. ' +
          'Analysts surveyed by TallyGrid had expected a loss.',
      ),
    );
    expect(byName(x, 'Brightwater Roofing')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Pellham Wanderers')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Dorrow Rovers')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'TallyGrid')?.type).toBe('ORGANIZATION');
  });

  it('reads no person before a title, a district number, a prefixed acronym and thing acronyms', () => {
    const x = extract(
      article(
        'Harbor Planning Director Odile Farrant wrote the staff report. Dorrow Unit School District 118 ' +
          'objected. The Tessaly Water Quality Board approved the plan, and a Tessaly WQB spokesman said ' +
          'nurses were mixing IV bags in the ICU.',
      ),
    );
    expect(x.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual([
      'Odile Farrant',
    ]);
    expect(byName(x, 'Dorrow Unit School District 118')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Tessaly WQB')?.name).toBe('Tessaly Water Quality Board');
    expect(byName(x, 'IV')).toBeUndefined();
    expect(byName(x, 'ICU')).toBeUndefined();
  });

  it('keeps "&" inside a name and reads "State\'s Attorney\'s Office" whole, then without its county', () => {
    const x = extract(
      article(
        "Pellow & Marsh Therapeutics sponsored the trial. The Dorrow County State's Attorney's Office " +
          "charged him. Assistant State's Attorney Ines Varga said he fled the state. The State's Attorney's Office " +
          'declined to comment.',
      ),
    );
    expect(byName(x, 'Pellow & Marsh Therapeutics')?.type).toBe('ORGANIZATION');
    expect(byName(x, "State's Attorney's Office")?.name).toBe(
      "Dorrow County State's Attorney's Office",
    );
    expect(x.entities.map((e) => e.name)).not.toContain('Assistant State');
    expect(saidBy(x, 'he fled the state')).toBe('Ines Varga');
  });

  it('reads provinces, a nationality opening a body, a PAC and a title after a board', () => {
    const x = extract(
      article(
        'The Tallemarkan Grid Market Operator warned of shortages in New South Wales and Saskatchewan. ' +
          'The Harbor Jobs and Energy Security PAC spent heavily. Board of Regents Chair Douglas Pellow ' +
          'said the vote stands. Tonight Vorska voters chose.',
      ),
    );
    expect(byName(x, 'New South Wales')?.type).toBe('PLACE');
    expect(byName(x, 'Saskatchewan')?.type).toBe('PLACE');
    expect(byName(x, 'Harbor Jobs and Energy Security PAC')?.type).toBe('ORGANIZATION');
    expect(saidBy(x, 'the vote stands')).toBe('Douglas Pellow');
    expect(x.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual([
      'Douglas Pellow',
    ]);
  });

  it('names no one for an office alone, keeps a qualified body whole, and a police unit apart', () => {
    const x = extract(
      article(
        'The Prime Minister turned the criticism back on her opponents. The Greens say the plan ' +
          'fails. The U.S. Federal Reserve cut rates. Cmdr. Kostas Pellow leads the Dorrow Police ' +
          "Department's Ogden District.",
      ),
    );
    const names = x.entities.map((e) => e.name);
    expect(names).not.toContain('Minister');
    expect(names).not.toContain('Prime Minister');
    expect(byName(x, 'Greens')?.type).toBe('ORGANIZATION');
    expect(names).not.toContain('Reserve');
    expect(byName(x, 'U.S. Federal Reserve')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Dorrow Police Department')?.type).toBe('ORGANIZATION');
  });

  it('joins a shortened organization name to the one it opens, and types trade suffixes', () => {
    const x = extract(
      article(
        'Pellow & Vane Therapeutics sponsored the trial. Pellow & Vane said the drug works. ' +
          'Darrow Hollis, the owner of Tessaly Shield Roofing, was charged. She paid Tessaly Shield ' +
          'in June. Economists at Dorrow Asset Management and the Sapphire Electric Cooperative agreed.',
      ),
    );
    expect(byName(x, 'Pellow & Vane')?.name).toBe('Pellow & Vane Therapeutics');
    expect(byName(x, 'Tessaly Shield')?.name).toBe('Tessaly Shield Roofing');
    expect(byName(x, 'Dorrow Asset Management')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Sapphire Electric Cooperative')?.type).toBe('ORGANIZATION');
  });

  it('reads each name listed before "Counties" or "counties" as a county', () => {
    const x = extract(
      article(
        'She won big in Pell and Dorrow Counties. Turnout rose in Tessaly and Vorska counties.',
      ),
    );
    for (const county of ['Pell County', 'Dorrow County', 'Tessaly County', 'Vorska County'])
      expect(byName(x, county)?.type).toBe('PLACE');
  });

  it('reads passes, lakes and unknown places after "in", and names no fire, grant or round', () => {
    const x = extract(
      article(
        'The Tessel Creek Fire burned near Lost Vane Pass. Ravel Oduya grew up in Porto Tessaly. ' +
          'The firm raised a Series B round and won a Fire Management Assistance Grant. She ' +
          'worked at Lake Dorrow. Tom Ridge spoke at Mount Pell Hospital.',
      ),
    );
    const names = x.entities.map((e) => e.name);
    expect(byName(x, 'Lost Vane Pass')?.type).toBe('PLACE');
    expect(byName(x, 'Porto Tessaly')?.type).toBe('PLACE');
    expect(byName(x, 'Lake Dorrow')?.type).toBe('PLACE');
    expect(byName(x, 'Tom Ridge')?.type).toBe('PERSON');
    expect(byName(x, 'Mount Pell Hospital')?.type).toBe('ORGANIZATION');
    const y = extract(
      article(
        'He scored with a header from Ieuan Tallow-Price’s cross. Ships left Port Vellan. ' +
          'The Port Authority agreed.',
      ),
    );
    expect(byName(y, 'Ieuan Tallow-Price')?.type).toBe('PERSON');
    expect(byName(y, 'Port Vellan')?.type).toBe('PLACE');
    expect(byName(y, 'Port Authority')?.type).toBe('ORGANIZATION');
    for (const none of ['Tessel Creek Fire', 'Series B', 'Fire Management Assistance Grant'])
      expect(names).not.toContain(none);
  });

  it('reads a name followed by ", who" as a person, and "District Collector" as a title', () => {
    const x = extract(
      article(
        'Hye-jin Vellpark sells bread. Seo-ra Park, who owns a bakery, said she supports the plan. ' +
          'Dorrow District Collector Ritika Sahu said the office would comply with the order.',
      ),
    );
    expect(byName(x, 'Seo-ra Park')?.type).toBe('PERSON');
    expect(saidBy(x, 'she supports')).toBe('Seo-ra Park');
    expect(saidBy(x, 'the office would comply')).toBe('Ritika Sahu');
  });

  it('names no organization for an acronym used as a common noun ("not an ATM")', () => {
    const x = extract(
      article('"Islanders are not an ATM," Ravel Tibbing said. The NTSB disagreed.'),
    );
    expect(byName(x, 'ATM')).toBeUndefined();
    expect(byName(x, 'NTSB')?.type).toBe('ORGANIZATION');
  });

  it('links surname and titled forms to one person and keeps the title', () => {
    const x = extract(
      article('Sen. Mara Velloway spoke Tuesday.\n\nVelloway said the plan would fail.'),
    );
    const p = byName(x, 'Mara Velloway');
    expect(p?.type).toBe('PERSON');
    expect(p?.aliases).toContain('Velloway');
    expect(p?.titles).toContain('Sen.');
    expect(x.entities.filter((e) => e.type === 'PERSON')).toHaveLength(1);
  });
  it('reads a name opened by "La" or "El" as a place, unless it ends a person\'s full name', () => {
    const town = extract(
      article(
        'LA PELL, Wis. — The recount ended Thursday.\n\n' +
          'Dozens of ballots in El Marrow had been counted twice, the clerk said.',
      ),
    );
    expect(byName(town, 'La Pell')?.type).toBe('PLACE');
    expect(byName(town, 'El Marrow')?.type).toBe('PLACE');
    const coach = extract(
      article(
        'Manager Tobin La Russel said the team would rebound.\n\n' +
          'La Russel said the bullpen was tired.',
      ),
    );
    expect(byName(coach, 'Tobin La Russel')?.aliases).toContain('La Russel');
    expect(saidBy(coach, 'the bullpen')).toBe('Tobin La Russel');
    expect(coach.entities.filter((e) => e.type === 'PLACE')).toHaveLength(0);
  });
  it('ends a name at a word such as "Ohio-born", which names only its place', () => {
    const x = extract(
      article(
        'The show opens with a Lisbon-born Impressionist who painted harbors, the curator said. ' +
          'The Ohio-based Corvane Group lent two canvases.',
      ),
    );
    expect(byName(x, 'Lisbon')?.type).toBe('PLACE');
    expect(byName(x, 'Ohio')?.type).toBe('PLACE');
    expect(byName(x, 'Corvane Group')?.type).toBe('ORGANIZATION');
    expect(x.entities.filter((e) => /-born|-based/.test(e.name))).toHaveLength(0);
  });
  it('takes no entity from a name that is all a quotation holds (a title, a slogan), unless named so', () => {
    const x = extract(
      article(
        '"The Quiet Orchard" opens in June, the studio said. ' +
          'Many parents wore shirts reading "Save Elm Park," and several spoke. ' +
          'The coalition, known as "Citizens Rail Alliance," said fares must fall.',
      ),
    );
    expect(byName(x, 'Quiet Orchard')).toBeUndefined();
    expect(byName(x, 'The Quiet Orchard')).toBeUndefined();
    expect(byName(x, 'Save Elm Park')).toBeUndefined();
    expect(byName(x, 'Citizens Rail Alliance')?.type).toBe('ORGANIZATION');
  });
  it('starts a sentence after a dateline, so a capital "A" there opens no name', () => {
    const x = extract(
      article('PELL HARBOR, Ore. — A Senate committee on Wednesday advanced the water bill.'),
    );
    expect(x.entities.filter((e) => /^A /.test(e.name))).toHaveLength(0);
    expect(byName(x, 'Senate')?.type).toBe('ORGANIZATION');
  });
  it('reads a compass word before an unknown name as a district', () => {
    const x = extract(article('Residents of East Ferrow said the buses never came.'));
    expect(byName(x, 'East Ferrow')?.type).toBe('PLACE');
  });
  it('reads "<Name> Institution of <field>" and a union local with its number as organizations', () => {
    const x = extract(
      article(
        'Dr. Hamil Kerrow, a co-author from the Dunmore Institution of Oceanography, said the reef ' +
          'was intact. "We walked away," said Darla Okoye, president of Bus Workers Alliance ' +
          'Local 41, which represents the drivers.',
      ),
    );
    expect(byName(x, 'Dunmore Institution of Oceanography')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Bus Workers Alliance Local 41')?.type).toBe('ORGANIZATION');
  });
  it('reads every place of a list after "in" as a place', () => {
    const x = extract(
      article('The agency holds free clinics this week in Dorrow, Tessaly and Pell.'),
    );
    expect(byName(x, 'Tessaly')?.type).toBe('PLACE');
    expect(byName(x, 'Pell')?.type).toBe('PLACE');
  });
  it('reads a name after an occupation ("the novelist ...") as a person\'s', () => {
    const x = extract(article('The novelist Quenby West said the book was finished.'));
    expect(byName(x, 'Quenby West')?.type).toBe('PERSON');
    expect(saidBy(x, 'the book')).toBe('Quenby West');
  });
  it('links an acronym defined in parentheses to its organization', () => {
    const x = extract(
      article('The Northfield Water Authority (NWA) raised rates. The NWA said costs rose.'),
    );
    const org = byName(x, 'Northfield Water Authority');
    expect(org?.type).toBe('ORGANIZATION');
    expect(org?.aliases).toContain('NWA');
  });
  it('keeps an acronym defined in parentheses with its organization when the letters differ', () => {
    const x = extract(
      article(
        'Officials met Monday. The Public Utility Review Board (PURB) took no side.\n\n' +
          'The Ostland Department of Water Safety (DWS) said Tuesday it had tested wells. ' +
          'Either side could ask PURB to act, the DWS said.',
      ),
    );
    const board = byName(x, 'Public Utility Review Board');
    expect(board?.type).toBe('ORGANIZATION');
    expect(board?.aliases).toContain('PURB');
    expect(byName(x, 'Ostland Department of Water Safety')?.aliases).toContain('DWS');
    // No second entity for the acronyms alone.
    expect(x.entities.filter((e) => e.name === 'PURB' || e.name === 'DWS')).toHaveLength(0);
  });
  it('keeps "and" inside a committee name, and splits two companies', () => {
    const x = extract(
      article(
        'The bill went to the House Fisheries and Coastal Waters Committee on Tuesday. ' +
          'Harlow Energy and Pinecrest Utilities Inc. backed it.',
      ),
    );
    const orgs = x.entities.filter((e) => e.type === 'ORGANIZATION').map((e) => e.name);
    expect(orgs).toContain('House Fisheries and Coastal Waters Committee');
    expect(orgs).toContain('Harlow Energy');
    expect(orgs).not.toContain('Coastal Waters Committee');
  });
  it('reads a place from ", Two-Word State" and from "miles north of"', () => {
    const x = extract(
      article(
        'The sisters, both of Ivy Ridge, New Mexico, were honored Friday. ' +
          'The shelf lies 80 miles north of Tarrowby, the survey said.',
      ),
    );
    expect(byName(x, 'Ivy Ridge')?.type).toBe('PLACE');
    expect(byName(x, 'New Mexico')?.type).toBe('PLACE');
    expect(byName(x, 'Tarrowby')?.type).toBe('PLACE');
    expect(x.entities.filter((e) => e.type === 'PERSON')).toHaveLength(0);
  });
  it('reads "<Name> District" as a neighbourhood unless it serves something, and skips prizes', () => {
    const x = extract(
      article(
        'The carts moved to the Lantern District last year. The Harbor Water District sued. ' +
          'Her film won the Silver Reed Prize on Sunday.',
      ),
    );
    expect(byName(x, 'Lantern District')?.type).toBe('PLACE');
    expect(byName(x, 'Harbor Water District')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Silver Reed Prize')).toBeUndefined();
  });
  it('links an acronym that spells "of" too to its organization', () => {
    const x = extract(
      article('The Dunmore Bureau of Waterways said it would act. A DBOW spokesperson agreed.'),
    );
    expect(byName(x, 'Dunmore Bureau of Waterways')?.aliases).toContain('DBOW');
    expect(x.entities.filter((e) => e.type === 'ORGANIZATION')).toHaveLength(1);
  });
  it('reads a known organization under a nationality or a place as one organization', () => {
    const x = extract(
      article('The American Red Cross opened a shelter. Members of the Texas Senate visited.'),
    );
    expect(byName(x, 'American Red Cross')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Texas Senate')?.type).toBe('ORGANIZATION');
  });
  it('reads venues named like people as places, and a first name before "Park" as a person', () => {
    const x = extract(
      article(
        'Fans filled Brannock Field and the Ostrow Square Garden on Sunday. ' +
          'Jane Park said the plan failed. Officials met in Lindell Park.',
      ),
    );
    expect(byName(x, 'Brannock Field')?.type).toBe('PLACE');
    expect(byName(x, 'Ostrow Square Garden')?.type).toBe('PLACE');
    expect(byName(x, 'Jane Park')?.type).toBe('PERSON');
    expect(byName(x, 'Lindell Park')?.type).toBe('PLACE');
  });
  it('keeps an office named after a title whole: "the District Attorney\'s Office"', () => {
    const x = extract(
      article(
        "A man was charged Friday, the Harlan County District Attorney's Office said. " +
          'District Attorney Mina Sorell called it a tragedy.',
      ),
    );
    expect(byName(x, "Harlan County District Attorney's Office")?.type).toBe('ORGANIZATION');
    expect(x.entities.some((e) => e.name === 'Attorney')).toBe(false);
  });
  it('treats "the U.S." and "the United States" as one place', () => {
    const x = extract(article('Exports to the United States fell. The U.S. market shrank.'));
    const us = x.entities.filter((e) => e.name === 'United States');
    expect(us).toHaveLength(1);
    expect(us[0]?.aliases).toContain('U.S.');
  });
  it('reads a state as a place and a person of the same name as a person', () => {
    const x = extract(
      article('Coach Dana Georgia met reporters in Georgia.\n\nGeorgia said the team was ready.'),
    );
    expect(byName(x, 'Dana Georgia')?.type).toBe('PERSON');
    expect(x.entities.find((e) => e.name === 'Georgia')?.type).toBe('PLACE');
  });
  it('writes an upper-case dateline place in title case, and keeps a short acronym', () => {
    const x = extract(
      article(
        'VARGEM ALTA, Brazil (Reuters) — Floods closed roads on Monday, the NDRA agency said.\n\n' +
          'BAURU, Brazil — Schools shut as well.',
      ),
    );
    expect(x.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Vargem Alta', 'Bauru', 'Brazil']),
    );
    expect(x.entities.some((e) => e.name === 'BAURU' || e.name === 'Ndra')).toBe(false);
  });

  it('offsets of every mention match the body', () => {
    const x = extract(article('Mayor Lena Oduya of Tacoma, Wash., met Acme Corp. officials.'));
    for (const e of x.entities)
      for (const m of e.mentions)
        if ((m.field ?? 'body') === 'body')
          expect(x.article.body.slice(m.start, m.end)).toBe(m.text);
  });

  it('types law firms, miners, funeral homes and First Nations by how their names end', () => {
    const x = extract(
      article(
        'The buyers met on Monday. Tollard Wren LLP filed the papers. Skarre Ridge Minerals said ' +
          'the bill would help. The Ovander-Pike Funeral Home is handling arrangements. The ' +
          'Misko River Cree Nation said it would go to court.',
      ),
    );
    expect(byName(x, 'Tollard Wren LLP')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Skarre Ridge Minerals')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Ovander-Pike Funeral Home')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Misko River Cree Nation')?.type).toBe('ORGANIZATION');
    expect(saidBy(x, 'it would go to court')).toBe('Misko River Cree Nation');
  });

  it('names no "Game 5", no "West German" and no "First Nations", and knows the Progressive Conservatives', () => {
    const x = extract(
      article(
        'Delegates met in the former West German capital. The Kestrels won in Game 5 on Friday.\n\n' +
          'The Progressive Conservatives said the bill did not go far enough. Chiefs of First ' +
          'Nations objected.',
      ),
    );
    expect(x.entities.map((e) => e.name)).toEqual(['Progressive Conservative Party']);
    expect(saidBy(x, 'the bill did not go far')).toBe('Progressive Conservative Party');
  });

  it('names no contest, bill, fiscal year or GP, and keeps a party without its members', () => {
    const x = extract(
      article(
        'Officials met. Vena Ostrova won the Italian Open and the Davis Cup before her first ' +
          'Grand Slam. The Water Services Amendment Bill passed. Revenue rose in FY25, and her ' +
          'GP was pleased. Fianna Fáil TDs said the plan would fail.',
      ),
    );
    expect(x.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual([
      'ORGANIZATION:Fianna Fáil',
      'PERSON:Vena Ostrova',
    ]);
    expect(x.statements).toEqual([]);
  });

  it('reads a business noun opening a sentence, a ministry named by a list, and Indian states', () => {
    const x = extract(
      article(
        'Officials met. Developer Larkmoor Homes said it would appeal to the Ministry of ' +
          'Housing, Communities and Local Government. Qorvi Fintech, based in Madhya Pradesh, ' +
          'hired Tellan Advisors.',
      ),
    );
    expect(x.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual([
      'ORGANIZATION:Larkmoor Homes',
      'ORGANIZATION:Ministry of Housing, Communities and Local Government',
      'ORGANIZATION:Qorvi Fintech',
      'ORGANIZATION:Tellan Advisors',
      'PLACE:Madhya Pradesh',
    ]);
  });

  it('takes a place and a nickname ending in "men" after "the" for a team', () => {
    const x = extract(
      article('The late goal gave the Toledo Quarrymen a 3-2 win on Friday, the league said.'),
    );
    expect(byName(x, 'Toledo Quarrymen')?.type).toBe('ORGANIZATION');
  });
});

describe('extract: statements', () => {
  it('credits "a ministry statement" to no firm that happens to be named before it', () => {
    const x = extract(
      article(
        'Analysts at Norvane Capital said the central bank would wait.\n\n' +
          'Finance Minister Osk Bravik welcomed the decision, according to a ministry statement.',
      ),
    );
    expect(saidBy(x, 'the central bank would wait')).toBe('Norvane Capital');
    const relayed = x.statements.filter((st) => /welcomed the decision/.test(st.text));
    expect(relayed.map((st) => speakerOf(x, st)?.name)).not.toContain('Norvane Capital');
  });

  it('credits "Her brother said" to the brother named in apposition earlier', () => {
    const x = extract(
      article(
        'The owners, Lira Vasko and her younger brother, Teodor Vasko, run two bakeries.\n\n' +
          'Her brother said the family had nearly sold one of the shops last year to pay rent.',
      ),
    );
    expect(saidBy(x, 'the family had nearly sold')).toBe('Teodor Vasko');
  });
  it("ends reported speech where the writer tells what the speaker's side did next", () => {
    const x = extract(
      article(
        'After the vote, Dorsey Quill claimed that hundreds of ballots in Pell Harbor had been ' +
          'lost without proper records, and his campaign filed a complaint with the board.\n\n' +
          'Mara Tenley said the ballots were lost, and her campaign would ask for a recount.',
      ),
    );
    const texts = x.statements.map((s) => s.text);
    expect(texts).toContain(
      'hundreds of ballots in Pell Harbor had been lost without proper records',
    );
    // "would ask": still what was said.
    expect(texts).toContain('the ballots were lost, and her campaign would ask for a recount.');
  });
  it('credits "the agency" to a public body and "a company spokeswoman" to a company', () => {
    const x = extract(
      article(
        'The Food and Drug Administration on Friday approved a pill made by Quorvan Therapeutics. ' +
          'The agency said the pill works faster than older drugs.\n\n' +
          'Dravik shares rose 2% in afternoon trading. A company spokeswoman said it expected sales to begin soon.',
      ),
    );
    expect(saidBy(x, 'the pill works')).toBe('Food and Drug Administration');
    expect(byName(x, 'Dravik')?.type).toBe('ORGANIZATION');
    expect(saidBy(x, 'it expected')).not.toBe('Food and Drug Administration');
  });
  it('reads a name in apposition to a relative as a person, even a city name', () => {
    const x = extract(
      article(
        'Elena Vasquez, 52, was struck on Oct. 12. ' +
          "Vasquez's daughter, Sofia, said her mother had biked the same route for years.",
      ),
    );
    const speaker = speakerOf(
      x,
      x.statements.find((st) => st.text.startsWith('her mother')),
    );
    expect(speaker?.name).toBe('Sofia');
    expect(speaker?.type).toBe('PERSON');
  });
  it('credits the person named after "One of them," before the cue', () => {
    const x = extract(
      article(
        'Residents packed the chamber. One of them, retired teacher Gloria Neeley, told the council: ' +
          '"I am on a fixed income. Where is the money supposed to come from?"',
      ),
    );
    const s = x.statements[0];
    expect(s?.kind).toBe('DIRECT');
    expect(speakerOf(x, s)?.name).toBe('Gloria Neeley');
  });
  it('gives a joint statement to each named speaker', () => {
    const x = extract(
      article(
        'Commissioners Ruth Pellery and Dan Oshiro met Monday. ' +
          'Oshiro and Pellery said they would hold a public meeting next week.',
      ),
    );
    const speakers = x.statements
      .filter((s) => s.text.startsWith('they would'))
      .map((s) => speakerOf(x, s)?.name)
      .sort();
    expect(speakers).toEqual(['Dan Oshiro', 'Ruth Pellery']);
  });
  it('links a middle name a person goes by to the full name', () => {
    const x = extract(
      article(
        'President Joao Tavio Mendra da Costa spoke Thursday.\n\n' +
          '"The forest belongs to everyone," Mendra said.',
      ),
    );
    const s = x.statements[0];
    expect(speakerOf(x, s)?.name).toBe('Joao Tavio Mendra da Costa');
  });
  it('reads "called X "verdict"", names a journal, and credits no journal for a study', () => {
    const x = extract(
      article(
        'Smog raises dementia risk, according to a study published Wednesday in Quillon Planetary Health.\n\n' +
          'Dr. Lise Armand, an epidemiologist, called the findings "compelling but not conclusive."',
      ),
    );
    expect(byName(x, 'Quillon Planetary Health')?.type).toBe('ORGANIZATION');
    expect(x.statements.map((s) => [s.cue, s.text])).toEqual([
      ['called', 'the findings compelling but not conclusive.'],
    ]);
  });
  it('gives "he said" to the person opening the previous sentence after their team', () => {
    const x = extract(
      article(
        'Darrel Quist scored 40 points as the Dayton Flyers beat the Denver Hawks on Sunday.\n\n' +
          '"We kept believing," Quist said.\n\n' +
          'Hawks coach Tom Varga was blunt about the loss. "We stopped moving the ball," he said.',
      ),
    );
    expect(saidBy(x, 'We stopped')).toBe('Tom Varga');
  });
  it('credits "analysts at X" to X, and reads "X chief executive" as an organization', () => {
    const x = extract(
      article(
        'The deal closed Friday, said Quillfin chief executive Dara Motte. ' +
          'Analysts at Brennick Partners said the price was too high.',
      ),
    );
    expect(byName(x, 'Quillfin')?.type).toBe('ORGANIZATION');
    expect(saidBy(x, 'the price')).toBe('Brennick Partners');
  });
  it('does not read an object after a reporting verb as reported words', () => {
    const x = extract(
      article(
        'Gov. Rhea Dunmoor declared a disaster for the county late Wednesday. ' +
          'Dunmoor said a deal was close.',
      ),
    );
    expect(x.statements.map((s) => s.text)).toEqual(['a deal was close.']);
  });
  it('credits "a European Union spokesperson" to the union of states, not another union', () => {
    const x = extract(
      article(
        'The Dockside Workers Union warned of strikes on Monday. ' +
          'In Brussels, a European Union spokesperson said the bloc was watching closely.',
      ),
    );
    expect(saidBy(x, 'the bloc')).toBe('European Union');
  });
  it('credits the named speaker, not the outlet relaying it, and keeps known names whole', () => {
    const x = extract(
      article(
        'Rep. Dana Whitcomb (R-Ohio) spoke Monday. The White House said the plan was dead on arrival. ' +
          'Commissioner Ilka Sorensby said Europe was watching closely, according to Reuters.',
      ),
    );
    const saidExactly = (text: string) =>
      speakerOf(
        x,
        x.statements.find((s) => s.text === text),
      )?.name;
    expect(saidExactly('the plan was dead on arrival.')).toBe('White House');
    expect(saidExactly('Europe was watching closely')).toBe('Ilka Sorensby');
    expect(byName(x, 'Dana Whitcomb')?.aliases).not.toContain('R-Ohio');
  });
  it('attributes a quote with the speaker after it', () => {
    const x = extract(
      article('Dr. Ilse Marquand runs the lab.\n\n"We found nothing unusual," Marquand said.'),
    );
    const s = x.statements[0];
    expect(s?.kind).toBe('DIRECT');
    expect(s?.text).toBe('We found nothing unusual,');
    expect(speakerOf(x, s)?.name).toBe('Ilse Marquand');
  });
  it('joins a quote interrupted by its cue', () => {
    const x = extract(
      article('Tomas Brecknell leads the union.\n\n"We are ready," he said. "We will not wait."'),
    );
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.text).toBe('We are ready, We will not wait.');
  });
  it('reads reported speech with a pronoun speaker', () => {
    const x = extract(
      article('Maria Delacroix chairs the board.\n\nShe said the vote would happen in May.'),
    );
    const s = x.statements[0];
    expect(s?.kind).toBe('INDIRECT');
    expect(s?.text).toBe('the vote would happen in May.');
    expect(speakerOf(x, s)?.name).toBe('Maria Delacroix');
  });
  it('credits a company spokeswoman to the company', () => {
    const x = extract(
      article(
        'Brightwell Foods Inc. recalled the product. A company spokeswoman said the recall was voluntary.',
      ),
    );
    expect(speakerOf(x, x.statements[0])?.name).toBe('Brightwell Foods Inc.');
  });
  it('reads "according to" and a channel', () => {
    const x = extract(
      article(
        'Sales fell 4 percent, according to Harlow Research Group.\n\nJane Okafor said in a statement that prices would rise.',
      ),
    );
    expect(x.statements.map((s) => s.cue)).toEqual(['according to', 'said']);
    expect(x.statements[1]?.channel).toBe('in a statement');
  });
  it('gives a floating quote to the previous speaker', () => {
    const x = extract(
      article(
        '"We will rebuild," said Mayor Ana Pirelli.\n\n"Nobody is leaving this town behind, not one family."',
      ),
    );
    expect(x.statements).toHaveLength(2);
    expect(x.statements[1]?.cue).toBe('');
    expect(x.statements[1]?.speakerId).toBe(x.statements[0]?.speakerId);
  });
  it('gives a floating quote to the speaker of reported speech before it', () => {
    const x = extract(
      article(
        '"The port will reopen," said Mayor Ana Pirelli.\n\n' +
          'But press secretary Odile Farrant told reporters at the briefing that the ferry would wait.\n\n' +
          '"Nobody should sail before the inspectors are done with every hull."',
      ),
    );
    expect(saidBy(x, 'the ferry would wait')).toBe('Odile Farrant');
    expect(saidBy(x, 'Nobody should sail')).toBe('Odile Farrant');
  });

  it('reads a nickname in quotation marks inside a name and a kinship word as gender', () => {
    const x = extract(
      article(
        'At dawn, Tae-rin “Sunny” Velk is kneeling in the orchard. She built the first sensor ' +
          'after her father, Dong-ho Velk, lost a fifth of his crop.\n\n' +
          '“It felt ridiculous,” she recalls.\n\n' +
          'Dong-ho Velk came to the valley in 1994. He is 63 now.\n\n' +
          '“She was always taking things apart,” he says.',
      ),
    );
    expect(byName(x, 'Tae-rin Velk')?.type).toBe('PERSON');
    expect(saidBy(x, 'It felt ridiculous')).toBe('Tae-rin Velk');
    expect(saidBy(x, 'She was always')).toBe('Dong-ho Velk');
  });

  it('reads British single quotes with a quoted word ending in "s", and a coordinated "but added:"', () => {
    const x = extract(
      article(
        "Odran Pell spoke after the hearing.\n\n'They were kind,' Mr Pell said. He admitted he was " +
          "'nervous' about the change but added: 'If it means my brother gets proper care, I am all for it.'",
      ),
    );
    expect(saidBy(x, 'he was')).toBe('Odran Pell');
    expect(saidBy(x, 'If it means')).toBe('Odran Pell');
  });

  it('starts what someone told an audience right after it, not at a later "that"', () => {
    const x = extract(
      article(
        'Marek Tallow, the visiting captain, told reporters the dressing room was hurting but that nobody had panicked.',
      ),
    );
    expect(x.statements[0]?.text).toBe(
      'the dressing room was hurting but that nobody had panicked.',
    );
  });

  it('reads what someone told the council without "that"', () => {
    const x = extract(
      article(
        "Ines Varga, the builder's president, told the council the company expected to start in May.",
      ),
    );
    expect(saidBy(x, 'the company expected')).toBe('Ines Varga');
  });

  it('credits a spokeswoman for the minister to the minister, a named lobby group, and an outlook', () => {
    const x = extract(
      article(
        'Energy Minister Odile Farrant spoke on Monday. A spokeswoman for the minister later said ' +
          'Ms Farrant had written to every state minister in March.\n\n' +
          "The industry's lobby group, the Tessaly Gas Producers Council, said in a statement it was " +
          'deeply disappointed by the plan.\n\n' +
          'The Vorska Grid Operator said in its annual outlook, released on Wednesday, that supply was ' +
          'falling faster than expected.\n\n' +
          'Premier Ravel Oduya told reporters in Pell Harbor the scheme had been cooked up in the capital.',
      ),
    );
    expect(saidBy(x, 'Ms Farrant had written')).toBe('Odile Farrant');
    expect(saidBy(x, 'it was deeply disappointed')).toBe('Tessaly Gas Producers Council');
    expect(saidBy(x, 'supply was falling')).toBe('Vorska Grid Operator');
    expect(saidBy(x, 'the scheme had been')).toBe('Ravel Oduya');
  });

  it('reads a relative named in apposition, and a subject after "Reached by phone,"', () => {
    const x = extract(
      article(
        'Jerome Pellanders, 19, was killed. Outside the courtroom, his mother, Guerline Pellanders, ' +
          'held a photo of her son.\n\n' +
          "Reached by phone, Tallow's father, Vincent Tallow, insisted his son had been home that night.",
      ),
    );
    expect(byName(x, 'Guerline Pellanders')?.type).toBe('PERSON');
    expect(saidBy(x, 'his son had been home')).toBe('Vincent Tallow');
  });

  it('takes the person in apposition to "X\'s mother" as the subject a pronoun refers to', () => {
    const x = extract(
      article(
        'Jerome Pellanders, 19, was killed at a bus stop. Judge Teresa Vell said the man must stay in jail.\n\n' +
          "In the hallway, Pellanders' mother, Guerline Pellanders, held a photo of her son. " +
          'She said he had planned to become a pharmacist.',
      ),
    );
    expect(saidBy(x, 'he had planned')).toBe('Guerline Pellanders');
  });

  it('reads a cue set inside its clause, a "who wrote" clause, and "X noted, but she argued"', () => {
    const x = extract(
      article(
        'Ines Varga founded the company in 2019. The harder problem, Varga insists, is trust.\n\n' +
          'That did not satisfy Lonnie Pell, the chairman of the Dorrow Farmers Union, who wrote on ' +
          'Tuesday that the delays were unacceptable.\n\n' +
          'A comparable drug costs far more, Rachel Tallow noted, but she argued that insurers ' +
          'should weigh that against years of dialysis.\n\n' +
          'Guerline Pellanders said her son had planned to become a pharmacist and worked weekends ' +
          'at a pharmacy.',
      ),
    );
    expect(x.statements.find((s) => s.text === 'The harder problem is trust.')).toBeDefined();
    expect(saidBy(x, 'The harder problem')).toBe('Ines Varga');
    expect(saidBy(x, 'the delays were')).toBe('Lonnie Pell');
    expect(saidBy(x, 'insurers should weigh')).toBe('Rachel Tallow');
    expect(x.statements.find((s) => s.text.startsWith('her son had planned'))?.text).toContain(
      'worked weekends',
    );
    expect(saidBy(x, 'her son had planned')).toBe('Guerline Pellanders');
  });

  it('reads "..., X told KMVQ.", "has issued a warning and warned that", and ", adding that"', () => {
    const x = extract(
      article(
        'No deaths had been reported as of Wednesday afternoon, Sheriff Colleen Tallow told KVRS.\n\n' +
          'The Dorrow Weather Service in Pell has issued a red flag warning through Thursday night ' +
          'and warned that dry storms could spark new fires.\n\n' +
          '“Every week without a deal costs lives,” Joost Vellar said, adding that the bloc would ' +
          'announce more funding next week.',
      ),
    );
    expect(saidBy(x, 'No deaths had been reported')).toBe('Colleen Tallow');
    expect(saidBy(x, 'dry storms could spark')).toBe('Dorrow Weather Service');
    expect(x.statements.some((s) => s.text.startsWith('through Thursday'))).toBe(false);
    expect(saidBy(x, 'the bloc would announce')).toBe('Joost Vellar');
  });

  it('ignores scare quotes', () => {
    const x = extract(article('The so-called "reform" plan stalled in committee.'));
    expect(x.statements).toHaveLength(0);
  });

  it('reads a courtroom exchange: a later cue after a question, "answered", "asked whether"', () => {
    const x = extract(
      article(
        'Inspector Greta Halvorsen took the stand. Prosecutor John Brandt questioned her.\n\n' +
          'Asked whether she had told him the deck was unsafe, Halvorsen replied, “I told him I ' +
          'would not let my own kids stand on it.”\n\n' +
          '“He said he’d take care of it,” she answered.\n\n' +
          'Brandt then asked whether anyone had ever reported a repair to the city.\n\n' +
          'The Harbor Workers Union questioned whether the hiring promise was realistic.',
      ),
    );
    expect(saidBy(x, 'I told him I would not')).toBe('Greta Halvorsen');
    expect(saidBy(x, 'He said he’d take care')).toBe('Greta Halvorsen');
    expect(saidBy(x, 'whether anyone had ever reported')).toBe('John Brandt');
    expect(saidBy(x, 'whether the hiring promise')).toBe('Harbor Workers Union');
  });

  it('credits the person before "of the" body, the maker of a report, and a subject after an aside', () => {
    const x = extract(
      article(
        'Leaders met in Winnipeg. Grand Chief Lorna Whitecloud of the Northern Treaty Council ' +
          '(NTC), which represents 19 nations, said chiefs had been briefed late.\n\n' +
          'Rich nations gave $28 billion, according to an analysis by the Berlin-based research ' +
          'group Klimaplan Monitor published on Monday.\n\n' +
          'Minister Mads Lyngholm, who flew in on Wednesday, argued that lenders should take on ' +
          'more risk.',
      ),
    );
    expect(saidBy(x, 'chiefs had been briefed late')).toBe('Lorna Whitecloud');
    expect(saidBy(x, 'Rich nations gave')).toBe('Klimaplan Monitor');
    expect(saidBy(x, 'lenders should take on more risk')).toBe('Mads Lyngholm');
  });

  it('gives "the premier said" to the premier, and reads on after "according to" a named analyst', () => {
    const x = extract(
      article(
        'Manitoba Premier Dana Kowalski introduced a bill on Thursday. Critics were cool.\n\n' +
          'The premier said the government would spend $640 million on roads.\n\n' +
          'The chains compete in 140 markets, according to Priya Vendramin, an analyst at Tillery ' +
          'Lowe Securities, who estimated that 80 stores would have to be sold.',
      ),
    );
    expect(saidBy(x, 'the government would spend')).toBe('Dana Kowalski');
    expect(saidBy(x, 'The chains compete')).toBe('Priya Vendramin');
    expect(saidBy(x, '80 stores would have to be sold')).toBe('Priya Vendramin');
  });

  it('reads "accusing X of" and "accused X of" as statements, but not "was accused of"', () => {
    const x = extract(
      article(
        'The Veldt Alliance said on Tuesday it would go to court, accusing the Ridge Congress ' +
          'of forcing the law through.\n\nThe minister, Nomsa Khulani, accused the alliance of ' +
          '"playing politics with taps" and said it had been briefed.\n\nSenator Jane Roe was ' +
          'accused by prosecutors of fraud.',
      ),
    );
    expect(x.statements.map((s) => [speakerOf(x, s)?.name, s.cue, s.text])).toEqual([
      ['Veldt Alliance', 'said', 'it would go to court'],
      ['Veldt Alliance', 'accusing', 'the Ridge Congress of forcing the law through.'],
      ['Nomsa Khulani', 'accused', 'the alliance of playing politics with taps'],
      ['Nomsa Khulani', 'said', 'it had been briefed.'],
    ]);
  });

  it('keeps "and expected to" inside a clause, closes an aside before "later", and knows the Taoiseach', () => {
    const x = extract(
      article(
        'Taoiseach Conor Devlin spoke first. Chantal Fourie said the party had instructed ' +
          'lawyers and expected to file papers soon.\n\nMs Hartigan, a Fine Gael TD for ' +
          'Limerick, later told reporters she was open to talks.\n\nThe Taoiseach said the ' +
          'minister would meet unions.',
      ),
    );
    expect(x.statements.map((s) => [speakerOf(x, s)?.name, s.text])).toEqual([
      ['Chantal Fourie', 'the party had instructed lawyers and expected to file papers soon.'],
      ['Hartigan', 'she was open to talks.'],
      ['Conor Devlin', 'the minister would meet unions.'],
    ]);
  });

  it('credits the maker of a filing, not the body it was filed with', () => {
    const x = extract(
      article(
        'Tamsworth Grocers Inc. agreed to buy the chain. The founding family will vote for the ' +
          'deal, according to a filing by Tamsworth with the Securities and Exchange Commission.',
      ),
    );
    expect(saidBy(x, 'The founding family will vote')).toBe('Tamsworth Grocers Inc.');
  });

  it('credits the person named after a capitalised role with its portfolio', () => {
    const x = extract(
      article(
        'The talks stalled. Kenya’s Cabinet Secretary for Water, Odhiambo Kisiwa, said poorer ' +
          'countries were paying twice.',
      ),
    );
    expect(byName(x, 'Cabinet Secretary')).toBeUndefined();
    expect(saidBy(x, 'poorer countries were paying twice')).toBe('Odhiambo Kisiwa');
  });
});

describe('extract: places, parties, titles and fields', () => {
  const ofType = (x: ReturnType<typeof extract>, type: string) =>
    x.entities.filter((e) => e.type === type);
  it('clusters "Washington" with "Washington, D.C." unless the state is meant', () => {
    const x = extract(
      article(
        'Officials in Washington, D.C., met Monday.\n\nLater, Washington said it would wait. D.C. agreed.',
      ),
    );
    const dc = byName(x, 'Washington, D.C.');
    expect(dc?.aliases).toEqual(expect.arrayContaining(['Washington', 'D.C.']));
    expect(ofType(x, 'PLACE')).toHaveLength(1);
    const y = extract(article('Farmers in Washington state and in Washington, D.C., objected.'));
    expect(ofType(y, 'PLACE').length).toBeGreaterThanOrEqual(2);
  });
  it('gives a city the "City, State" alias and keeps the state', () => {
    const x = extract(
      article('The plant in Dayton, Ohio, closed. Dayton lost 300 jobs, and Ohio lost more.'),
    );
    expect(byName(x, 'Dayton')?.aliases).toContain('Dayton, Ohio');
    expect(byName(x, 'Ohio')?.type).toBe('PLACE');
  });
  it('never makes a party adjective a place or an entity', () => {
    const x = extract(
      article(
        'In Republican run states and Democratic cities, Republicans and Democrats disagreed.',
      ),
    );
    expect(byName(x, 'Republican')).toBeUndefined();
    expect(byName(x, 'Republicans')?.type).toBe('ORGANIZATION');
    expect(ofType(x, 'PLACE')).toHaveLength(0);
  });
  it('reads compound titles and office titles', () => {
    const x = extract(
      article(
        'Senate Majority Leader Jane Velloway spoke. Secretary of State Mara Quell listened.',
      ),
    );
    expect(byName(x, 'Jane Velloway')?.titles).toContain('Majority Leader');
    expect(byName(x, 'Mara Quell')?.titles).toContain('Secretary of State');
  });
  it('keeps possessive organization names whole and skips ticker symbols', () => {
    const x = extract(
      article(
        "Kestrel Devices (NASDAQ: KSTD) hired Tennant's Analytics, a Denver firm, to study the Brookfield Workers' Union.",
      ),
    );
    expect(byName(x, "Tennant's Analytics")?.type).toBe('ORGANIZATION');
    expect(byName(x, 'NASDAQ')).toBeUndefined();
    expect(byName(x, 'KSTD')).toBeUndefined();
  });
  it('reports dek mentions with offsets into the dek', () => {
    const a: Article = { ...article('The board met.'), dek: 'Mara Velloway of Acme Corp. resigns' };
    const x = extract(a);
    const m = byName(x, 'Acme Corp.')?.mentions.find((mm) => mm.field === 'dek');
    expect(m && a.dek?.slice(m.start, m.end)).toBe('Acme Corp.');
  });
  it('attributes British single-quoted speech and trims the channel', () => {
    const x = extract(
      article(
        "'We won't give up on this,' Ms Reed said.\n\n\"We will win this fight,\" Mara Velloway wrote on Truth Social.",
      ),
    );
    expect(x.statements.map((st) => st.text)).toEqual(
      expect.arrayContaining(["We won't give up on this,"]),
    );
    expect(x.statements.find((st) => st.text.startsWith('We will win'))?.channel).toBe(
      'on Truth Social',
    );
  });
});

describe('extract: trades, regions and offices', () => {
  it('reads trade and movement words that end business and party names', () => {
    const x = extract(
      article(
        'Tarrowby Electronics supplied the sensors. The hulls came from Velmont Shipbuilding, and ' +
          'Kessock Marine Engineering fitted them. Brannoch Sound Ferries runs the route. The ' +
          'Western Unity Front and the Saltmarsh Renewal Movement objected.',
      ),
    );
    for (const name of [
      'Tarrowby Electronics',
      'Velmont Shipbuilding',
      'Kessock Marine Engineering',
      'Brannoch Sound Ferries',
      'Western Unity Front',
      'Saltmarsh Renewal Movement',
    ])
      expect(byName(x, name)?.type).toBe('ORGANIZATION');
  });
  it('knows the states of Nigeria and Brazil, and a "Belt" is a region', () => {
    const x = extract(
      article(
        'Voters in Kwara State and Plateau State went to the polls. Ranchers in Mato Grosso and Pará ' +
          'objected. The Tarrow Belt lies between them. The Kwara State Police Command said it was ready.',
      ),
    );
    for (const name of ['Kwara State', 'Plateau State', 'Mato Grosso', 'Pará', 'Tarrow Belt'])
      expect(byName(x, name)?.type).toBe('PLACE');
    expect(byName(x, 'Kwara State Police Command')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Kwara State Police Command')?.aliases).not.toContain('Kwara State');
  });
  it('takes a presiding officer for a title and a time zone for no body', () => {
    const x = extract(
      article(
        'Published: May 3, 2026 | 09:15 BRT\n\nDeputy Presiding Officer Iona Carrick reminded members of the rules.',
      ),
    );
    expect(byName(x, 'Iona Carrick')?.titles.join(' ')).toMatch(/Presiding Officer/);
    expect(byName(x, 'Presiding')).toBeUndefined();
    expect(byName(x, 'BRT')).toBeUndefined();
  });
  it('splits a party before a member\'s name, and an office "for" a portfolio before a name', () => {
    const x = extract(
      article(
        'Liberal Democrat Fenwick Ardle urged ministers to give islanders a vote. Cabinet Secretary for ' +
          'Transport Morag Iverach said the ships were on track.',
      ),
    );
    expect(byName(x, 'Fenwick Ardle')?.type).toBe('PERSON');
    expect(byName(x, 'Liberal Democrats')?.type).toBe('ORGANIZATION');
    expect(saidBy(x, 'the ships')).toBe('Morag Iverach');
    expect(byName(x, 'Morag Iverach')?.titles.join(' ')).toMatch(/Secretary for Transport/);
    expect(byName(x, 'Transport')).toBeUndefined();
  });
  it('reads a code of law as no entity', () => {
    const x = extract(
      article('The clearing is legal under the Tallow Forest Code, Mara Quell said.'),
    );
    expect(x.entities.map((e) => e.name)).toEqual(['Mara Quell']);
  });
});

describe('extract: promises, rulings, documents and clause ends', () => {
  const textOf = (x: Extracted, start: string) =>
    x.statements.find((st) => st.text.startsWith(start))?.text;
  it('reads a promise as its infinitive, and ends it before what the party does meanwhile', () => {
    const x = extract(
      article(
        'Premier Talia Brennock has promised to spend $2 billion on the Corrow line, as Labor moves ' +
          'to shore up its regional seats. Kenji Harrow pledged at the time to overhaul its checks.',
      ),
    );
    expect(saidBy(x, 'to spend $2 billion')).toBe('Talia Brennock');
    expect(textOf(x, 'to spend')).toBe('to spend $2 billion on the Corrow line');
    expect(saidBy(x, 'to overhaul its checks')).toBe('Kenji Harrow');
  });
  it('reads what a tribunal held and ruled, named by its head noun', () => {
    const x = extract(
      article(
        'The Velmar Appeals Tribunal sat on Monday. The tribunal also held that the commission had ' +
          'complied with the law. It upheld the result, ruling by a majority of two to one that the ' +
          'candidate had failed to prove rigging.\n\nThe tribunal upheld the costs order, ruling ' +
          'that the petitioner must pay.',
      ),
    );
    expect(saidBy(x, 'the commission had complied')).toBe('Velmar Appeals Tribunal');
    expect(saidBy(x, 'the petitioner must pay')).toBe('Velmar Appeals Tribunal');
  });
  it('reads a study "published in August", figures presented by an office, and "why"', () => {
    const x = extract(
      article(
        'Doreen Falk and colleagues estimated in a study published in August that more than 3,000 ' +
          "hectares burned.\n\nThe Tarrow County Sheriff's Office asked for more. According to figures " +
          "presented by the sheriff's office, the county jail spent $4 million on overtime.\n\n" +
          'Chair Dana Whitfell said she backed the goal but questioned why the office needed new posts.',
      ),
    );
    expect(saidBy(x, 'more than 3,000 hectares')).toBe('Doreen Falk');
    expect(saidBy(x, 'the county jail spent')).toBe("Tarrow County Sheriff's Office");
    expect(saidBy(x, 'why the office needed')).toBe('Dana Whitfell');
  });
  it('ends a reported clause at its closing quote or at a gloss on it', () => {
    const x = extract(
      article(
        'Sheriff Victor Esquivel told commissioners that his jail is "one bad weekend away from a ' +
          'crisis" as he pressed for more money.\n\nMara Quell said the government remained ' +
          'committed to ending the clearing by 2030, a pledge Tallemark repeated last year.',
      ),
    );
    expect(textOf(x, 'his jail')).toBe('his jail is one bad weekend away from a crisis');
    expect(textOf(x, 'the government remained')).toBe(
      'the government remained committed to ending the clearing by 2030',
    );
  });
  it('finds a body a lede describes before naming it, and one a filing went to', () => {
    const x = extract(
      article(
        "Clearing in the Corrow basin fell by 18% in the year to July, the country's space research " +
          'agency said on Wednesday, the lowest level recorded since 2015.\n\nThe Tallemark ' +
          'Institute for Space Research publishes the data.\n\nVolka Motor Corp. recalled cars. The ' +
          'recall covers 150,000 vehicles in Tallemark, the company said in a filing with ' +
          "Tallemark's transport ministry.",
      ),
    );
    expect(saidBy(x, 'Clearing in the Corrow basin')).toBe(
      'Tallemark Institute for Space Research',
    );
    expect(saidBy(x, 'The recall covers')).toBe('Volka Motor Corp.');
  });
  it('credits "the unit" and a regional arm, and a spokesperson to the body the clause names', () => {
    const x = extract(
      article(
        'Volka Motor Corp. recalled cars. In the United States, Volka Motor North America said it ' +
          'would notify owners by mail.\n\nThe Federal Road Agency said it was reviewing the filing.' +
          '\n\n"If the warning light comes on, pull over," the unit said in a statement, adding that ' +
          'owners could check online.\n\nStrata Cloud said it would buy the chips. Volka ' +
          'co-founder Wen Lindborg will stay with the company, a spokesperson said.',
      ),
    );
    expect(byName(x, 'Volka Motor North America')?.type).toBe('ORGANIZATION');
    expect(saidBy(x, 'it would notify owners')).toBe('Volka Motor North America');
    expect(saidBy(x, 'If the warning light')).toBe('Volka Motor North America');
    expect(saidBy(x, 'owners could check')).toBe('Volka Motor North America');
    expect(saidBy(x, 'Volka co-founder')).toBe('Volka Motor Corp.');
  });
  it('ends an urged clause before ", saying", which reports words of its own', () => {
    const x = extract(
      article(
        'Aron Feldmoy, an organizer with the Valley Justice Coalition, urged commissioners to spend ' +
          'the money on treatment instead, saying the jail was "full of people who need a doctor."\n\n' +
          'Mara Tavell praised the federal environmental enforcement agency Ibarra, which fined 40 ranchers.',
      ),
    );
    expect(textOf(x, 'commissioners to spend')).toBe(
      'commissioners to spend the money on treatment instead',
    );
    expect(saidBy(x, 'the jail was full')).toBe('Aron Feldmoy');
    expect(byName(x, 'Ibarra')?.type).toBe('ORGANIZATION');
  });
  it("credits a lede's office to its holder named later, past a dateline", () => {
    const x = extract(
      article(
        "VORSKA, March 4 (Reuters) - Tallemark's finance minister on Wednesday accused the central " +
          'bank of choking off growth by cutting rates too slowly, escalating a months-long dispute.\n\n' +
          'Finance Minister Andres Quintanar told a forum that rates were too high. "It hurts," said ' +
          'Tomas Villar, chief Andean economist at Baystone Capital.',
      ),
    );
    expect(saidBy(x, 'the central bank of choking')).toBe('Andres Quintanar');
    expect(textOf(x, 'the central bank of choking')).toBe(
      'the central bank of choking off growth by cutting rates too slowly',
    );
    expect(byName(x, 'Andean')).toBeUndefined();
  });
  it('joins a quote to its second half after a long cue sentence', () => {
    const x = extract(
      article(
        '"We apologize to our customers," Yumi Tasaka, the executive in charge of quality, told a ' +
          "news conference at the company's Osaka headquarters, where she bowed alongside two other " +
          'executives and answered questions for an hour. "Safety is the foundation of what we make."',
      ),
    );
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.text).toMatch(/customers, Safety is the foundation/);
  });
  it("reads homes, lists of places, members' bodies and a name without its middle name", () => {
    const x = extract(
      article(
        'The contract went to Tarvik Shipbuilding of Yelkova. The ferries run from Mallow Point and ' +
          'Dunmarra. The people of Eskay and Varra are stranded. Callum Rennard, a Highlands and ' +
          'Islands MSP, spoke. The Eskay Ferry Users’ Forum said it heard nothing new.\n\nEzekiel ' +
          'Nandom Dapko filed the petition. "I extend my hand to Ezekiel Dapko," the governor said. ' +
          '"Investors will want to hear from Dapko himself," said Ryo Fujima.',
      ),
    );
    expect(byName(x, 'Tarvik Shipbuilding')?.type).toBe('ORGANIZATION');
    for (const name of ['Yelkova', 'Dunmarra', 'Eskay', 'Varra', 'Highlands and Islands'])
      expect(byName(x, name)?.type).toBe('PLACE');
    expect(byName(x, 'Eskay Ferry Users’ Forum')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Ezekiel Nandom Dapko')?.aliases).toEqual(
      expect.arrayContaining(['Ezekiel Dapko', 'Dapko']),
    );
  });
});

describe('extract: bodies named two ways, teams, regions and cues with relative clauses', () => {
  it('joins "Finance Ministry" to "Ministry of Finance" and "Fed" to "U.S. Federal Reserve"', () => {
    const x = extract(
      article(
        "A Finance Ministry official said banks were called. Japan's Ministry of Finance declined " +
          'to comment. Investors watch the U.S. Federal Reserve. A steady Fed would help.',
      ),
    );
    expect(byName(x, 'Ministry of Finance')?.aliases).toContain('Finance Ministry');
    expect(byName(x, 'U.S. Federal Reserve')?.aliases).toContain('Fed');
    expect(x.entities.filter((e) => e.type === 'ORGANIZATION')).toHaveLength(2);
  });
  it('joins a party named alone to its state or national branch named in the article', () => {
    const x = extract(
      article(
        'The Victorian Greens backed the plan. The Greens said it was overdue. Scottish Labour ' +
          'objected, and Labour MSPs walked out.',
      ),
    );
    expect(byName(x, 'Victorian Greens')?.aliases).toContain('Greens');
    expect(byName(x, 'Scottish Labour')?.aliases).toContain('Labour');
    expect(x.entities).toHaveLength(2);
  });
  it('gives a short name opening two bodies\' names to neither, and "the hospital trust" to the trust', () => {
    const x = extract(
      article(
        'The Marlvale Hospitals Trust runs Marlvale General Hospital. Patients at Marlvale General ' +
          'Hospital will pay to park, the hospital trust has confirmed. Marlvale said fees would rise.',
      ),
    );
    expect(saidBy(x, 'Patients at Marlvale')).toBe('Marlvale Hospitals Trust');
    expect(byName(x, 'Marlvale')).toBeUndefined();
    expect(x.statements).toHaveLength(1);
    // A lede names the trust only later.
    const y = extract(
      article(
        'Patients at Marlvale General Hospital will pay to park, the hospital trust has confirmed.' +
          '\n\nThe Marlvale Hospitals Trust runs the site.',
      ),
    );
    expect(saidBy(y, 'Patients at Marlvale')).toBe('Marlvale Hospitals Trust');
  });
  it('reads teams with singular nicknames, causes, parishes, regions and districts', () => {
    const x = extract(
      article(
        'Guard Jordan Rees went to the Utah Jazz, and the Miami Heat passed. The brothers met when ' +
          'Jordan signed. The group Tennesseans for Fair Maps sued. The Fetu Ngila Methodist Parish ' +
          'opened its hall. Counties in Eastern Kentucky flooded. He toured Dadu district and a ' +
          'Tarrowby-based charity. Growers on the Prairies and in Prince Rupert, B.C. The B.C. ' +
          'government and Syria agreed.',
      ),
    );
    for (const name of [
      'Utah Jazz',
      'Miami Heat',
      'Tennesseans for Fair Maps',
      'Fetu Ngila Methodist Parish',
    ])
      expect(byName(x, name)?.type).toBe('ORGANIZATION');
    for (const name of [
      'Eastern Kentucky',
      'Dadu',
      'Tarrowby',
      'Prairies',
      'Prince Rupert',
      'Syria',
    ])
      expect(byName(x, name)?.type).toBe('PLACE');
    expect(byName(x, 'B.C.')?.name).toBe('British Columbia');
    expect(byName(x, 'Jordan Rees')?.aliases).toContain('Jordan');
    expect(byName(x, 'Rupert')).toBeUndefined();
  });
  it('finds the cue past a relative clause and the subject past an opening adverbial', () => {
    const x = extract(
      article(
        '"This is a win," Elton Pruett, the attorney who argued the case, told reporters.\n\n' +
          'Hornets coach Dale Ferrin, whose team plays the Miami Heat on Friday, told reporters he ' +
          'had learned of the deal late.\n\nRoss Delacorte said the deal was done. "We will find ' +
          'minutes," he said.\n\nIn a post on X after the trade, Kendrick Vale thanked the fans. ' +
          '"Nothing but love," he wrote.',
      ),
    );
    expect(saidBy(x, 'This is a win')).toBe('Elton Pruett');
    expect(saidBy(x, 'he had learned')).toBe('Dale Ferrin');
    expect(saidBy(x, 'Nothing but love')).toBe('Kendrick Vale');
  });
  it('credits "the league", a memo "to teams", and a person\'s words relayed by a statement', () => {
    const x = extract(
      article(
        'The Charlotte Hornets and the NBA agreed. The trade was completed 40 minutes before the ' +
          'deadline, the league said in a memo to teams.\n\nThe Bank of Tallemark held rates. ' +
          'Board member Emi Nakara argued that upside risks had increased, according to the statement.',
      ),
    );
    expect(saidBy(x, 'The trade was completed')).toBe('National Basketball Association');
    expect(saidBy(x, 'upside risks')).toBe('Emi Nakara');
  });
});

describe('extract: family names first, particles, clubs and policies', () => {
  it("reads a Korean-style name's first word as its surname", () => {
    const x = extract(
      article('Vice Chairman Baek Jae-woon was jailed. Baek said he was deeply sorry.'),
    );
    expect(byName(x, 'Baek Jae-woon')?.aliases).toContain('Baek');
    expect(saidBy(x, 'he was deeply sorry')).toBe('Baek Jae-woon');
  });
  it('reads "Côte d’Ivoire", "the National Union of X", trade pairs and an office of plural owners', () => {
    const x = extract(
      article(
        'Beans are smuggled into Côte d’Ivoire. The National Union of Bean Growers (NUBG) said so. ' +
          "The merger of Tarrow Chemical and Tarrow Logistics was cleared. The Vorska Prosecutors' " +
          'Office appealed. The Common Harbour Policy applies, the Velmar Institute for Harbour Policy said.',
      ),
    );
    expect(byName(x, "Cote d'Ivoire")?.type).toBe('PLACE');
    for (const name of [
      'National Union of Bean Growers',
      'Tarrow Chemical',
      'Tarrow Logistics',
      "Vorska Prosecutors' Office",
      'Velmar Institute for Harbour Policy',
    ])
      expect(byName(x, name)?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Common Harbour Policy')).toBeUndefined();
  });
  it('reads a threat, a person described by age, and an office past a dateline with a state', () => {
    const x = extract(
      article(
        'OMAHA, Neb. (KHLN) — Omaha’s police chief said Tuesday that car thefts have jumped 60%.\n\n' +
          'Police Chief Renata Castell said patrols would grow.\n\nFor Jerome Pettis, help came too ' +
          'late. The 52-year-old forklift operator said his sedan was taken from his driveway.\n\n' +
          'The National Union of Bean Growers has threatened to withhold beans from buyers.',
      ),
    );
    expect(saidBy(x, 'car thefts have jumped')).toBe('Renata Castell');
    expect(saidBy(x, 'his sedan was taken')).toBe('Jerome Pettis');
    expect(saidBy(x, 'to withhold beans')).toBe('National Union of Bean Growers');
  });
  it('joins a club\'s short name to its "Football Club" and a firm named like a place', () => {
    const x = extract(
      article(
        'Tarrow Athletic have sacked their manager. "Tarrow Athletic Football Club thanks him," the ' +
          "club said in a statement. The Tarrow Athletic Supporters' Trust understood. Heron Ridge " +
          'Therapeutics won approval. Heron Ridge said it was pleased. Renew Europe and the ECR voted no.',
      ),
    );
    expect(byName(x, 'Tarrow Athletic Football Club')?.aliases).toContain('Tarrow Athletic');
    expect(saidBy(x, 'Tarrow Athletic Football Club thanks')).toBe('Tarrow Athletic Football Club');
    expect(byName(x, 'Heron Ridge Therapeutics')?.aliases).toContain('Heron Ridge');
    expect(byName(x, 'Renew Europe')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'ECR')?.type).toBe('ORGANIZATION');
  });
});

describe('extract: offices, regions, bills and glosses', () => {
  it('reads "Chief Electoral Officer" as one title', () => {
    const x = extract(
      article(
        'Chief Electoral Officer Ravindra Kollam told reporters that turnout was high. He said ' +
          'counting was delayed in two seats.',
      ),
    );
    expect(byName(x, 'Electoral')).toBeUndefined();
    expect(saidBy(x, 'counting was delayed')).toBe('Ravindra Kollam');
  });
  it('knows the regions of Argentina, Greece, Germany and Spain', () => {
    const x = extract(
      article(
        'Growers in Córdoba and Bavaria protested. Fires spread across the Peloponnese and Evia, ' +
          'and smoke reached Catalonia.',
      ),
    );
    for (const name of ['Córdoba', 'Bavaria', 'Peloponnese', 'Evia', 'Catalonia'])
      expect(byName(x, name)?.type).toBe('PLACE');
  });
  it('reads a bill number as no entity and a party label with "St." as a place', () => {
    const x = extract(
      article(
        'The House passed SB 214 and HB 1022 on Monday. The bill was carried by Rep. Dana ' +
          'Whitcombe, D-St. Louis, who said it would pass.',
      ),
    );
    expect(byName(x, 'SB')).toBeUndefined();
    expect(byName(x, 'HB')).toBeUndefined();
    expect(byName(x, 'St. Louis')?.type).toBe('PLACE');
  });
  it('splits ", adding that" off a reported clause and ends a clause at ", a message ..."', () => {
    const x = extract(
      article(
        'Party spokesperson Vinod Kelkar said the party had opened talks with all three ' +
          'independents, adding that the talks so far had been "positive." Minister Tomas Varga ' +
          'wrote on X that the government would not loosen spending, a message aimed at investors.',
      ),
    );
    expect(saidBy(x, 'the talks so far had been')).toBe('Vinod Kelkar');
    expect(x.statements.find((s) => s.text.startsWith('the party had'))?.text).not.toContain(
      'adding',
    );
    expect(x.statements.find((s) => s.text.startsWith('the government would'))?.text).not.toContain(
      'message',
    );
  });
  it('credits "His attorney, X of Y, said" to X and "the journal" to the Journal of Z', () => {
    const x = extract(
      article(
        'Dr. Ansel Brody did not respond. His attorney, Marta Quill of the Denver firm Quill ' +
          'Barros LLP, said the inquiry had been rushed. The Journal of Coastal Botany retracted ' +
          'the paper in May. In its notice, the journal said the authors could not provide data.',
      ),
    );
    expect(saidBy(x, 'the inquiry had been rushed')).toBe('Marta Quill');
    expect(saidBy(x, 'the authors could not')).toBe('Journal of Coastal Botany');
  });
  it('reads "X Workers United", "X Air", an observatory and a consultancy after a place', () => {
    const x = extract(
      article(
        'Tarrow Graduate Workers United (TGWU), the union that represents 2,000 students, said ' +
          'in a statement that it would press the university. Scottish carrier Velmar Air lost ' +
          'money. "It is hot," said Lena Moor of the National Observatory of Tarrow. Vera ' +
          'Kessel, chief economist at the Buenos Aires consultancy Pampa Verde, agreed.',
      ),
    );
    for (const name of [
      'Tarrow Graduate Workers United',
      'Velmar Air',
      'National Observatory of Tarrow',
      'Pampa Verde',
    ])
      expect(byName(x, name)?.type).toBe('ORGANIZATION');
    expect(saidBy(x, 'it would press')).toBe('Tarrow Graduate Workers United');
  });
  it('reads squares, villages and towns named after "of" as places', () => {
    const x = extract(
      article(
        'Workers marched to the Plaza del Sol. The fire started near the village of Dravenia ' +
          'and reached the seaside town of Porto Veras.',
      ),
    );
    for (const name of ['Plaza del Sol', 'Dravenia', 'Porto Veras'])
      expect(byName(x, name)?.type).toBe('PLACE');
  });
  it('credits "a Scottish government spokesperson" to the Scottish Government', () => {
    const x = extract(
      article(
        'Unite called on the Scottish government to help. A Scottish government spokesperson ' +
          'said ministers were in close contact with the airline.',
      ),
    );
    expect(saidBy(x, 'ministers were in close')?.toLowerCase()).toBe('scottish government');
  });
  it('reads "said at least ...", a long object before "to", and "the governor himself"', () => {
    const x = extract(
      article(
        'Gov. Tom Ridley has not said whether he will sign it. Minister Andreas Kalovar said at ' +
          'least 14 people were hurt. He urged residents who received evacuation messages to ' +
          '"leave immediately." The governor himself posted on X after the vote: "Proud of the ' +
          'Assembly."',
      ),
    );
    expect(saidBy(x, 'least 14 people were hurt')).toBeUndefined();
    expect(saidBy(x, 'at least 14 people were hurt')).toBe('Andreas Kalovar');
    expect(saidBy(x, 'residents who received')).toBe('Andreas Kalovar');
    expect(saidBy(x, 'Proud of the Assembly')).toBe('Tom Ridley');
  });
  it('reads a lede past its dateline and an "even as" clause, and "the union leader"', () => {
    const x = extract(
      article(
        "BUENOS AIRES, June 12 (Velmar Press) - Argentina's inflation slowed in May, the national " +
          'statistics agency said on Thursday, even as workers walked off the job.\n\nPrices ' +
          'rose 2.1%, according to the National Institute of Statistics and Surveys (INES).\n\n' +
          '"We cannot eat a chart," said Hector Sosta, the union\'s secretary general. Asked about ' +
          'the rate cut, the union leader told reporters that "lower rates help the banks."',
      ),
    );
    const lede = x.statements.find((s) => s.text.startsWith("Argentina's inflation"));
    expect(speakerOf(x, lede)?.name).toBe('National Institute of Statistics and Surveys');
    expect(lede?.text).not.toContain('workers walked');
    expect(saidBy(x, 'lower rates help')).toBe('Hector Sosta');
  });
  it('keeps a quoted phrase after a comma inside the reported clause', () => {
    const x = extract(
      article(
        'The Velmar Review Board said it had concluded that Hensby, as the senior author, ' +
          '"knowingly or recklessly" allowed the data to be published.',
      ),
    );
    expect(x.statements.filter((s) => s.kind === 'DIRECT')).toHaveLength(0);
    expect(saidBy(x, 'it had concluded that Hensby')).toBe('Velmar Review Board');
  });
  it('drops a Title Case headline phrase the body writes in lower case', () => {
    const x = extract(
      article(
        'Velmar is headed for a hung Assembly after counting ended. The Velmar Front won 27 seats.',
        'Velmar verdict: Hung Assembly as Velmar Front falls short',
      ),
    );
    expect(byName(x, 'Hung Assembly')).toBeUndefined();
    expect(byName(x, 'Velmar Front')?.type).toBe('ORGANIZATION');
  });
  it('names the publisher where the body names it, by its first word', () => {
    const body =
      'In a letter to staff seen by Quarrypoint, the chief executive wrote that jobs were safe.';
    const x = extract(testArticle(body, { source: 'Quarrypoint Business' }));
    expect(byName(x, 'Quarrypoint')?.name).toBe('Quarrypoint Business');
    expect(byName(x, 'Quarrypoint')?.type).toBe('ORGANIZATION');
    const y = extract(
      testArticle('Jobs were safe, the chief executive wrote.', { source: 'Quarrypoint Business' }),
    );
    expect(byName(y, 'Quarrypoint Business')).toBeUndefined();
  });
  it('reads an unknown word listed between two known places as a place', () => {
    const x = extract(
      article('Velmar Air flies from bases at Manchester, Tarrowby and Belfast. It grew fast.'),
    );
    expect(byName(x, 'Tarrowby')?.type).toBe('PLACE');
  });
  it('reads regents, reservoirs, grounds, care firms, firms after "strategy at" and treaties', () => {
    const x = extract(
      article(
        'Velmar Regent Antonius Doni Harut said the dam was safe. The Tarrow Buttes Reservoir and ' +
          'the Velmar Aquifer are low. Dan Whit, head of currency strategy at Holloway Stirling, ' +
          'said so. The Tarrow-Velmar Agreement is under review. Quarry Crest Senior Care runs ' +
          'six homes. They played at the Velmar Reserve and Tarrow Oval. Rep. Jo Lin, a ' +
          'Pennsylvania Democrat, wrote to the bank.',
      ),
    );
    expect(byName(x, 'Antonius Doni Harut')?.type).toBe('PERSON');
    for (const name of [
      'Tarrow Buttes Reservoir',
      'Velmar Aquifer',
      'Velmar Reserve',
      'Tarrow Oval',
    ])
      expect(byName(x, name)?.type).toBe('PLACE');
    for (const name of ['Holloway Stirling', 'Quarry Crest Senior Care'])
      expect(byName(x, name)?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Tarrow-Velmar Agreement')).toBeUndefined();
    expect(byName(x, 'Pennsylvania Democrat')).toBeUndefined();
  });
  it('reads a cue inside a clause with quoted words after it, and "told X after the meeting"', () => {
    const x = extract(
      article(
        'Luis Orteg, an economist at Banca Velmar, wrote that the cut was right. The real ' +
          'economy, he wrote, needed relief "regardless of what happens in Washington." ' +
          'Utilities director Ken Oyle spoke. Residents can report leaks by calling 311, Oyle ' +
          'told the Velmar Chronicle after the meeting.',
      ),
    );
    expect(saidBy(x, 'The real economy needed relief regardless')).toBe('Luis Orteg');
    expect(saidBy(x, 'Residents can report leaks')).toBe('Ken Oyle');
  });
  it('finds "the firm" by its description, "the company" among firms and a numbered local', () => {
    const x = extract(
      article(
        'Tarrow Bank was hacked. Tarrow Bank hired Quillon Cyber, a Denver-based security firm, ' +
          'to investigate. In a report, the firm wrote that the intruders used a flaw. Scans ' +
          'confirmed a fracture, Velmar Cricket (VC) said in a statement.',
      ),
    );
    expect(saidBy(x, 'the intruders used a flaw')).toBe('Quillon Cyber');
    expect(saidBy(x, 'Scans confirmed a fracture')).toBe('Velmar Cricket');
    const y = extract(
      article(
        'The strike was called by Velmar Caregivers Union Local 480. Velmar Caregivers Union ' +
          'Local 480 said talks broke down. Pine Crest Senior Care, based in Edina, disagreed. ' +
          'The company has hired replacement workers and said all homes remain fully staffed. ' +
          'The Senate Human Services Committee met. No new talks were scheduled, a Local 480 ' +
          'spokesperson said.',
      ),
    );
    expect(saidBy(y, 'all homes remain fully staffed')).toBe('Pine Crest Senior Care');
    expect(saidBy(y, 'No new talks were scheduled')).toBe('Velmar Caregivers Union Local 480');
  });
  it('links initials given after "known by its initials", and reads saints\' towns and rapids', () => {
    const x = extract(
      article(
        'No deaths were reported, according to the National Disaster Relief Agency, known by ' +
          'its Indonesian initials BNRA. "Leave now," said Yudi Pras, a BNRA spokesman. Workers ' +
          'struck in Maplewood, Tarrow Rapids and St. Velmar. It bore the hallmarks of a ' +
          'ransomware group known as Hollow Quill.',
      ),
    );
    expect(byName(x, 'BNRA')?.name).toBe('National Disaster Relief Agency');
    expect(byName(x, 'Tarrow Rapids')?.type).toBe('PLACE');
    expect(byName(x, 'St. Velmar')?.type).toBe('PLACE');
    expect(byName(x, 'Hollow Quill')?.type).toBe('ORGANIZATION');
  });
  it('credits a lone quote to the person "That was how X described" names next', () => {
    const x = extract(
      article(
        'Regent Anton Harut said the regency declared an emergency.\n\n"It sounded like the sky ' +
          'was breaking."\n\nThat was how Maria Lawen, a mother of three, described the moment.',
      ),
    );
    expect(saidBy(x, 'It sounded like')).toBe('Maria Lawen');
  });
  it('reads solicitors general, miners by their metal, French squares and portfolio offices', () => {
    const x = extract(
      article(
        'Utah Solicitor General Brandon Kimbal argued. Velmar Lithium cut jobs, and Tarrow New ' +
          "Materials buys its ore. She spoke on the Place du Tarrow. Western Australia's Mines " +
          'Minister, David Ashd, said so.',
      ),
    );
    expect(byName(x, 'Brandon Kimbal')?.type).toBe('PERSON');
    expect(byName(x, 'Velmar Lithium')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Tarrow New Materials')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Place du Tarrow')?.type).toBe('PLACE');
    expect(byName(x, 'Mines Minister')).toBeUndefined();
  });
  it('reads "A, he argued, B", "asking why", ", while X posted that" and "according to its plan"', () => {
    const x = extract(
      article(
        'Solicitor General Brandon Kimbal spoke. Without a decree, he argued, Nevada would "pump ' +
          'first," and by then it would be too late. Justice Renata Solas pressed him, asking ' +
          'why no tribe was a party. Farm leader Jean Castagne said the union would decide next ' +
          'week, while Sanne Verhage posted on Facebook that farmers would be back. The Clark ' +
          'Basin Water Authority does not plan to pump until 2030, according to its latest plan.',
      ),
    );
    expect(saidBy(x, 'Without a decree')).toBe('Brandon Kimbal');
    expect(saidBy(x, 'why no tribe')).toBe('Renata Solas');
    expect(saidBy(x, 'the union would decide')).toBe('Jean Castagne');
    expect(saidBy(x, 'farmers would be back')).toBe('Sanne Verhage');
    expect(saidBy(x, 'The Clark Basin Water Authority does not')).toBe(
      'Clark Basin Water Authority',
    );
  });
  it('credits a quote to the named person after "said the trust\'s medical director,"', () => {
    const x = extract(
      article(
        'Health Secretary Oliver Pendr spoke. "We have planned for weeks," said the trust\'s ' +
          'medical director, Dr Anjali Mistry-Hale. "But there is little slack."',
      ),
    );
    expect(saidBy(x, 'We have planned')).toBe('Anjali Mistry-Hale');
  });
  it('leaves an office after its title unnamed and reads "told reporters at X" as a place', () => {
    const x = extract(
      article(
        'Chief Minister Nilo Kakat visited the camps. "The Chief Minister is flying over the ' +
          'water," Medhan said. Kakat told reporters at Velmaroad that help was coming.',
      ),
    );
    expect(byName(x, 'Minister')).toBeUndefined();
    expect(byName(x, 'Velmaroad')?.type).toBe('PLACE');
  });
  it('reads Indian party names ending in Dal, Morcha or Manch', () => {
    const x = extract(
      article('The Velmar Vikas Morcha, the Kosi Lok Dal and the Tarrow Jan Manch won seats.'),
    );
    for (const name of ['Velmar Vikas Morcha', 'Kosi Lok Dal', 'Tarrow Jan Manch'])
      expect(byName(x, name)?.type).toBe('ORGANIZATION');
  });
});

describe('extract: ministries, recorders and page furniture', () => {
  it('reads a ministry named by a list of subjects, opening a sentence or with "the" in it', () => {
    const x = extract(
      article(
        'The Ministry of Ports, Shipping and Waterways said it was watching. A spokesman for ' +
          'the Department of Rivers, Lakes and the Coast said rules were coming.',
      ),
    );
    expect(byName(x, 'Ministry of Ports, Shipping and Waterways')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Department of Rivers, Lakes and the Coast')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Ministry of Ports')).toBeUndefined();
  });

  it('credits "The Minister for A, B and the C, Jo Roe, told" to Jo Roe', () => {
    const x = extract(
      article(
        'The Department of Ports, Shipping and the Coast set rules. The Minister for Ports, ' +
          'Shipping and the Coast, Ilse Marrack, told the Dáil that the plan was on track.',
      ),
    );
    expect(saidBy(x, 'the plan was on track')).toBe('Ilse Marrack');
  });

  it('reads county recorders and coroners as titles and "a Dunmore Republican" as no one', () => {
    const x = extract(
      article(
        'Tarrow County Recorder Dale Ivers defended the rules. Sen. Mo Kettering, a Dunmore ' +
          'Republican, objected before Polling Day. Ballot figures came from the Ohio Secretary ' +
          "of State's Office. County Coroner Lise Ambry said the cause was unknown.",
      ),
    );
    expect(byName(x, 'Dale Ivers')?.type).toBe('PERSON');
    expect(byName(x, 'Lise Ambry')?.type).toBe('PERSON');
    expect(byName(x, 'Dunmore Republican')).toBeUndefined();
    const y = extract(article('A Liberal Democrat who represents Pellmore, Cllr Jo Tarn spoke.'));
    expect(byName(y, 'Liberal Democrat')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Polling Day')).toBeUndefined();
    expect(byName(x, "Ohio Secretary of State's Office")?.type).toBe('ORGANIZATION');
  });

  it('reads towns named "Camp X", the towns a district includes, and "the Legislature"', () => {
    const x = extract(
      article(
        'The Vermont Legislature met. Rep. Ana Brill, whose district includes Pellmore and Camp ' +
          'Dorrance, said the Legislature had waited too long.',
      ),
    );
    expect(byName(x, 'Pellmore')?.type).toBe('PLACE');
    expect(byName(x, 'Camp Dorrance')?.type).toBe('PLACE');
    expect(byName(x, 'Vermont Legislature')?.aliases).toContain('Legislature');
    expect(x.entities.filter((e) => e.name === 'Legislature')).toHaveLength(0);
  });

  it('keeps "County" with the place before a title and ends a clause at "but blamed"', () => {
    const x = extract(
      article(
        'Dorrow County Governor Ilse Marrack acknowledged that her office owed nurses two ' +
          "months of pay but blamed the Treasury for delays in releasing the counties' share.",
      ),
    );
    expect(byName(x, 'Dorrow County')?.type).toBe('PLACE');
    expect(x.statements.map((s) => s.text)).toEqual(['her office owed nurses two months of pay']);
  });
  it('reads "Jan. 28" as a date, "Prince Albert Road" as a street and "added a boardwalk" as no cue', () => {
    const x = extract(
      article(
        'Municipal Affairs Reporter Published Jan. 28, 2026 6:15 a.m.\n\nThe site on Prince ' +
          'Albert Road was rezoned. Ilse Marrack ' +
          'wrote that the firm had cut the plan from 780 units and added a public boardwalk.',
      ),
    );
    expect(x.entities.map((e) => e.name)).not.toContain('Published Jan');
    expect(byName(x, 'Albert Road')).toBeUndefined();
    expect(x.statements.map((s) => s.text)).toEqual([
      'the firm had cut the plan from 780 units and added a public boardwalk.',
    ]);
  });
  it('finds a body written in lower-case words from its initials, and a firm by its appositive', () => {
    const x = extract(
      article(
        'PARIS — Tellmor, a French startup that builds voice agents, has raised €20 million in a ' +
          'round led by Quarry Capital, the company said on Tuesday, just days after the Autorité ' +
          'nationale des données et des libertés (ANDL) opened an inquiry. The regulator said the ' +
          'inquiry was at an early stage. No European AI companies were named.',
      ),
    );
    expect(byName(x, 'Autorité nationale des données et des libertés')?.aliases).toContain('ANDL');
    expect(byName(x, 'Tellmor')?.type).toBe('ORGANIZATION');
    expect(saidBy(x, 'Tellmor, a French startup')).toBe('Tellmor');
    expect(saidBy(x, 'the inquiry was')).toBe('Autorité nationale des données et des libertés');
    expect(byName(x, 'European AI')).toBeUndefined();
  });
  it('ends a council\'s name before "for the X district" and reads "X Renewables" as a firm', () => {
    const x = extract(
      article(
        'Cllr Ada Brill, a member of Tarrow County Council for the Pellmore district, objected. ' +
          'The wind farm, proposed by Dublin-based developer Quellan Renewables, would generate ' +
          '900 megawatts, according to the company.',
      ),
    );
    expect(byName(x, 'Tarrow County Council')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Pellmore')?.type).toBe('PLACE');
    expect(byName(x, 'Quellan Renewables')?.type).toBe('ORGANIZATION');
    expect(saidBy(x, 'The wind farm')).toBe('Quellan Renewables');
  });
  it('reads "the federation", "the union" of two and "the regulator" for a central bank', () => {
    const x = extract(
      article(
        'The Tarrow Shipyard Workers Union struck on Monday. The Tarrow Shipyard Workers Union ' +
          'said pay was too low. It is an affiliate of the Korean Metal Workers Union. Talks ' +
          'resume on Friday, according to the union.\n\nThe Pellmore Fishing Federation met. The ' +
          'federation said the farm would close grounds.\n\nThe Reserve Bank of Tarrowland wrote to ' +
          'lenders. The regulator said lenders must publish fees. Quellan, a Paris startup, has ' +
          'raised money. Regulators looked into Quellan.',
      ),
    );
    expect(saidBy(x, 'Talks resume')).toBe('Tarrow Shipyard Workers Union');
    expect(saidBy(x, 'the farm would')).toBe('Pellmore Fishing Federation');
    expect(saidBy(x, 'lenders must')).toBe('Reserve Bank of Tarrowland');
    expect(x.entities.filter((e) => e.name === 'Quellan').map((e) => e.type)).toEqual([
      'ORGANIZATION',
    ]);
  });
  it('reads "RANCHI:" as a dateline and a firm\'s short name beside its workers\' union', () => {
    const x = extract(
      article(
        'PELLMORE: The Tarrow Shipbuilding Workers Union walked out at Tarrow Shipbuilding & ' +
          'Marine. Tarrow said in a statement that the demands were too costly. Owners with ' +
          'ships on order at Tarrow said the yard had assured them.',
      ),
    );
    expect(byName(x, 'Pellmore')?.type).toBe('PLACE');
    expect(byName(x, 'Tarrow Shipbuilding & Marine')?.aliases).toContain('Tarrow');
    expect(saidBy(x, 'the demands')).toBe('Tarrow Shipbuilding & Marine');
    expect(x.entities.filter((e) => e.name === 'Tarrow')).toHaveLength(0);
  });
  it('reads NSW, state governments, "Transport for X", water utilities, points and residents\' groups', () => {
    const x = extract(
      article(
        'The Tarrow Light Rail will open late, the NSW government has confirmed. Talks between ' +
          'Transport for NSW and Quellan Civil Group stalled, and Quellan blamed floods. The line ' +
          'links Pellmore Park and ' +
          'Dorrow Point. A former Sydney Water engineer will lead the review. "It hurts," said ' +
          'Ada Brill of the Pellmore Park Residents Action Group. The company said design ' +
          'changes had cost it months.',
      ),
    );
    expect(byName(x, 'NSW government')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Transport for NSW')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Quellan Civil Group')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Sydney Water')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Dorrow Point')?.type).toBe('PLACE');
    expect(byName(x, 'Pellmore Park')?.type).toBe('PLACE');
    expect(saidBy(x, 'design changes')).toBe('Quellan Civil Group');
  });
  it('reads "Party Leader X", Romance bodies and a clause ending at ", pointing to"', () => {
    const x = extract(
      article(
        'Bloc Québécois Leader Étienne Vallart toured Granby. Hélène Tarn, who teaches at the ' +
          'Université de Pellmore, said the race was close. Ada Brill said the campaign came down ' +
          'to delivery, pointing to $38 million in new funding.',
      ),
    );
    expect(byName(x, 'Étienne Vallart')?.type).toBe('PERSON');
    expect(byName(x, 'Université de Pellmore')?.type).toBe('ORGANIZATION');
    expect(x.statements.map((s) => s.text)).toContain('the campaign came down to delivery');
  });
  it('reads "-listed" firms, sentences after "Corp.", radio stations, biotech firms and sponsors', () => {
    const x = extract(
      article(
        'The mine is owned by Toronto-listed Quarry Mining Corp. Neighboring Peru is next. ' +
          'Radio Tarrow Norte reported it. Shares of Dorrow Biosciences fell at Kidney Week. ' +
          "Both runners wore a shoe made by Pellfoot, the race's official footwear partner. The " +
          'company said the shoe complies with the rules.',
      ),
    );
    expect(byName(x, 'Quarry Mining Corp')?.type ?? byName(x, 'Quarry Mining Corp.')?.type).toBe(
      'ORGANIZATION',
    );
    expect(byName(x, 'Peru')?.type).toBe('PLACE');
    expect(byName(x, 'Radio Tarrow Norte')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Dorrow Biosciences')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Kidney Week')).toBeUndefined();
    expect(saidBy(x, 'the shoe complies')).toBe('Pellfoot');
  });
  it('knows football clubs, reads listed initials, numbered signals and British streets', () => {
    const x = extract(
      article(
        'Aston Villa beat Real Sociedad after VAR ruled out a goal. The Tarrow Atmospheric, ' +
          'Geophysical and Marine Services Administration (TAGMSA) said Wind Signal No. 4 was ' +
          'lifted. Ada Brill drives her bags to the recycling centre on Pellmore Close, past the ' +
          'Dorrow Way depot. Quellan Life Sciences fell.',
      ),
    );
    expect(byName(x, 'Aston Villa')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Real Sociedad')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'VAR')).toBeUndefined();
    expect(byName(x, 'TAGMSA')?.name).toBe(
      'Tarrow Atmospheric, Geophysical and Marine Services Administration',
    );
    expect(x.entities.map((e) => e.name)).not.toContain('Wind Signal No.');
    expect(byName(x, 'Pellmore Close')?.type).toBe('PLACE');
    expect(byName(x, 'Dorrow Way')?.type).toBe('PLACE');
    expect(byName(x, 'Quellan Life Sciences')?.type).toBe('ORGANIZATION');
  });
  it('reads a possessive name before "terraced house" as a person, and "the exchange" by its head', () => {
    const x = extract(
      article(
        "The bags outside Ilsa Varnow's terraced house in Splott have piled up. Back in Splott, " +
          'Varnow has given up. The queue took 50 minutes, she says.\n\nThe Securities and Exchange ' +
          'Commission fined Quellan Markets, a crypto exchange. The exchange said customers need ' +
          'not act.',
      ),
    );
    expect(byName(x, 'Ilsa Varnow')?.type).toBe('PERSON');
    expect(saidBy(x, 'The queue')).toBe('Ilsa Varnow');
    expect(saidBy(x, 'customers need')).toBe('Quellan Markets');
  });
});

describe('extract: robustness', () => {
  it('never throws and keeps offsets consistent on arbitrary text', () => {
    const pieces = fc.constantFrom(
      '"',
      '“',
      '”',
      '‘',
      '’',
      "'",
      ' said ',
      ' Smith',
      ' Sen. ',
      'Jane Doe',
      '\n\n',
      ' (ABC) ',
      '🙂',
      'Ж',
      '中文',
      '\u0000',
      '\u0007',
      '.',
      ',',
      ' he ',
      'U.S.',
      ' according to ',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 20 })), { maxLength: 60 }),
        (parts) => {
          const body = parts.join('');
          const x = extract(article(body, parts.slice(0, 3).join('')));
          for (const e of x.entities)
            for (const m of e.mentions)
              if ((m.field ?? 'body') === 'body') expect(body.slice(m.start, m.end)).toBe(m.text);
          for (const s of x.statements) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(body.length);
            expect(s.start).toBeLessThanOrEqual(s.end);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  it('handles a 100k-character paragraph quickly', () => {
    const body = `"${'word Name Other said that '.repeat(4000)}`;
    const t0 = performance.now();
    extract(article(body));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
