/**
 * The small canonical corpus of the API tests: five invented articles from two invented
 * outlets, with invented people, places and organizations and their quotes. Every article id
 * carries `tag` so a test can remove exactly what it stored.
 */
import type { Extraction } from '../../src/model/extraction.js';
import { buildExtraction, type EntitySpec } from './build-extraction.js';

export const QUILL: EntitySpec = {
  name: 'Mara Quill',
  type: 'PERSON',
  aliases: ['Quill', 'Mayor Quill'],
  titles: ['Mayor'],
};
export const VENN: EntitySpec = { name: 'Tobias Venn', type: 'PERSON', aliases: ['Venn'] };
export const ASHDOWN: EntitySpec = { name: 'Lenora Ashdown', type: 'PERSON' };
export const HARROWGATE: EntitySpec = { name: 'Harrowgate', type: 'PLACE' };
export const PORT: EntitySpec = {
  name: 'Brindle Port Authority',
  type: 'ORGANIZATION',
  aliases: ['BPA'],
};
export const COOP: EntitySpec = { name: 'Ostmark Wind Cooperative', type: 'ORGANIZATION' };

/** Statements Mara Quill makes across the corpus (for pagination). */
export const QUILL_STATEMENT_COUNT = 8;

export function apiCorpus(tag: string): Extraction[] {
  return [
    buildExtraction({
      article: {
        id: `${tag}-a1`,
        title: 'Bridge opening date set',
        source: 'Valley Ledger',
        publishedAt: '2025-03-03T09:00:00.000Z',
      },
      entities: [QUILL, VENN, HARROWGATE],
      statements: [
        {
          speaker: QUILL.name,
          text: 'The bridge will open before the first snow in Harrowgate',
          mentions: [HARROWGATE.name],
        },
        {
          speaker: VENN.name,
          text: 'Mara Quill has not shown anyone the bridge budget',
          mentions: [QUILL.name],
        },
      ],
    }),
    buildExtraction({
      article: {
        id: `${tag}-a2`,
        title: 'Harbor dredging funded',
        source: 'Coast Courier',
        publishedAt: '2025-03-10T12:30:00.000Z',
      },
      entities: [QUILL, PORT],
      statements: [
        { speaker: PORT.name, text: 'The harbor dredging is fully funded for two seasons' },
        {
          speaker: QUILL.name,
          text: 'We trust the Brindle Port Authority on the dredging plan',
          mentions: [PORT.name],
        },
      ],
    }),
    buildExtraction({
      article: {
        id: `${tag}-a3`,
        title: 'Wind cooperative hiring',
        source: 'Valley Ledger',
        publishedAt: '2025-03-20T08:15:00.000Z',
      },
      entities: [VENN, ASHDOWN, COOP],
      statements: [
        {
          speaker: ASHDOWN.name,
          text: 'The Ostmark Wind Cooperative will hire two hundred turbine workers',
          mentions: [COOP.name],
        },
        { speaker: VENN.name, text: 'Every wind contract deserves public scrutiny' },
      ],
    }),
    buildExtraction({
      article: {
        id: `${tag}-a4`,
        title: 'Industry returns to the valley',
        source: 'Coast Courier',
        publishedAt: '2025-04-02T17:45:00.000Z',
      },
      entities: [ASHDOWN, HARROWGATE],
      statements: [
        {
          speaker: ASHDOWN.name,
          text: 'Harrowgate is ready for new industry and new turbine jobs',
          mentions: [HARROWGATE.name],
        },
      ],
    }),
    buildExtraction({
      article: {
        id: `${tag}-a5`,
        title: 'Council budget night',
        source: 'Valley Ledger',
        publishedAt: '2025-04-15T19:00:00.000Z',
      },
      entities: [QUILL, VENN],
      statements: [
        { speaker: QUILL.name, text: 'The council budget balances without new taxes' },
        { speaker: QUILL.name, text: 'Libraries will keep their evening hours' },
        { speaker: QUILL.name, text: 'Street repairs start in the spring' },
        {
          speaker: QUILL.name,
          text: 'Tobias Venn should read the audit before complaining',
          mentions: [VENN.name],
        },
        { speaker: QUILL.name, text: 'Our reserve fund is the largest in a decade' },
        { speaker: QUILL.name, text: 'Bus fares stay the same next year' },
        { speaker: VENN.name, text: 'The audit raises more questions than it answers' },
      ],
    }),
  ];
}
