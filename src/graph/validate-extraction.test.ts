import { describe, expect, it } from 'vitest';
import { buildExtraction } from '../../tests/support/build-extraction.js';
import { validateExtraction } from './validate-extraction.js';

describe('validateExtraction', () => {
  it('accepts a well-formed extraction', () => {
    expect(
      validateExtraction(
        buildExtraction({
          entities: [{ name: 'Ada Quist' }],
          statements: [{ speaker: 'Ada Quist', text: 'Hi' }],
        }),
      ),
    ).toEqual([]);
  });

  it('accepts ISO 8601 dates only, as Neo4j reads them', () => {
    const dated = (publishedAt: string) =>
      validateExtraction(buildExtraction({ article: { publishedAt } }));
    expect(dated('2025-06-11T14:05:00.000Z')).toEqual([]);
    expect(dated('2025-06-11T14:05:00+02:00')).toEqual([]);
    expect(dated('2025-06-11')).toEqual([]);
    expect(dated('June 11, 2025')).toEqual(['article.publishedAt is not a date: June 11, 2025']);
  });

  it('reports bad dates, unknown references and duplicate ids', () => {
    const extraction = buildExtraction({
      article: { publishedAt: 'soon' },
      entities: [{ name: 'A' }, { name: 'B' }],
      statements: [{ speaker: 'A', text: 'x' }],
    });
    extraction.entities[1]!.id = 'e1';
    extraction.statements[0]!.speakerId = 'e9';
    expect(validateExtraction(extraction)).toEqual([
      'article.publishedAt is not a date: soon',
      'entity id e1 is used twice',
      'statement s1 names unknown speaker e9',
    ]);
  });
});
