import { describe, expect, it } from 'vitest';
import { removeFurniture } from './remove-furniture.js';

const BODY = [
  'The mill closed in March, the owners said.',
  '"It was a hard call," said Vera Lind, the plant manager.',
];

describe('removeFurniture', () => {
  it('removes trailing prompts, link lists, bios and labels', () => {
    const trailing = [
      'Nils Orr is a staff reporter for the Valley Courant.',
      'Follow him on X @nilsorr.',
      'Read more: Other mills face the same pressure',
      'Most popular: A new bridge opens downtown',
      'Share this story',
      'Facebook Twitter LinkedIn Email',
      'Support Valley Courant',
      'Valley Courant Weekend Picks',
      'Like this story? Subscribe for more.',
      'Have a news tip? Write to tips@courant.example',
      '© 2026 Valley Courant Media. All rights reserved.',
    ];
    expect(removeFurniture([...BODY, ...trailing])).toEqual(BODY);
  });

  it('removes ad slots and link lines in the middle but keeps reporting', () => {
    const input = [
      BODY[0] ?? '',
      'Advertisement',
      'Related: A second story about mills',
      'Story continues below advertisement',
      BODY[1] ?? '',
    ];
    expect(removeFurniture(input)).toEqual(BODY);
  });

  it('keeps body lines that only look a little like furniture', () => {
    const body = [
      'More than 300 workers lost their jobs.',
      'Subscribers to the local paper learned of it first.',
      'By noon, the parking lot was empty.',
      'Lind said the company would donate the land to the town.',
      'Anna Berg is a former editor who lives nearby, and she said the town would recover.',
    ];
    // The last line is a sentence about a source, kept because it is not at the end.
    expect(removeFurniture([...body, 'The town meets again Tuesday.'])).toEqual([
      ...body,
      'The town meets again Tuesday.',
    ]);
  });

  it('keeps a short quote that ends the article', () => {
    const body = [...BODY, '"Never again," she said.'];
    expect(removeFurniture(body)).toEqual(body);
  });
});
