import { describe, expect, it } from 'vitest';
import { IngestError } from './ingest-error.js';
import { parseTextArticle } from './parse-text-article.js';

const STORY = [
  'Harbor town votes to rebuild its old pier',
  '',
  'The council approved the plan 5-2 after a long night of public comment.',
  '',
  'Published: May 4, 2026 9:15pm',
  '',
  'Updated: May 5, 2026 8:02am',
  '',
  'By Olive Quartermain',
  '',
  'PORT ELLIS, Maine — The town council voted Monday to rebuild the wooden pier',
  'that washed away in a winter storm.',
  '',
  '"We owe it to the fishermen," said Mayor Tobias Renn.',
  '',
  'Construction is expected to start in the fall.',
  '',
  'Olive Quartermain covers coastal towns for the Gull Point Gazette. Reach her at oq@gazette.example.',
  '',
  'Related: Lobster prices climb as Councilor Hana Brisk pushes new rules',
  '',
  'Share this article',
  '',
  'Sign up for our weekly newsletter',
].join('\n');

describe('parseTextArticle', () => {
  it('reads title, dek, dates, byline and a clean body', () => {
    const article = parseTextArticle(STORY);
    expect(article.title).toBe('Harbor town votes to rebuild its old pier');
    expect(article.dek).toBe(
      'The council approved the plan 5-2 after a long night of public comment.',
    );
    expect(article.publishedAt).toBe('2026-05-04T21:15:00.000Z');
    expect(article.updatedAt).toBe('2026-05-05T08:02:00.000Z');
    expect(article.byline).toBe('Olive Quartermain');
    expect(article.body).toBe(
      [
        'PORT ELLIS, Maine — The town council voted Monday to rebuild the wooden pier that washed away in a winter storm.',
        '"We owe it to the fishermen," said Mayor Tobias Renn.',
        'Construction is expected to start in the fall.',
      ].join('\n\n'),
    );
    expect(article.url).toBeNull();
    expect(article.id).toMatch(/^[0-9a-f]{20}$/);
  });

  it("drops a reporter's job line under the byline", () => {
    const article = parseTextArticle(
      'Ferry fares to rise in spring\n\nBy Olive Quartermain\nSenior Transport Correspondent\n\nFares on the island route will rise by a fifth, the operator said.',
    );
    expect(article.byline).toBe('Olive Quartermain');
    expect(article.body.startsWith('Fares on the island route')).toBe(true);
  });
  it('has no dek when the body follows the title directly', () => {
    const article = parseTextArticle(
      'A short headline\n\nPublished: 2026-01-02\n\nFirst paragraph.\n\nSecond paragraph.',
    );
    expect(article.dek).toBeNull();
    expect(article.publishedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(article.body).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('treats the second line as body when no date or byline marks a header', () => {
    const article = parseTextArticle(
      'Headline here\n\nThe first paragraph of the story.\n\nThe second one.',
    );
    expect(article.dek).toBeNull();
    expect(article.body.split('\n\n')).toHaveLength(2);
  });

  it('honours US time-zone abbreviations and combined byline/date lines', () => {
    const article = parseTextArticle(
      'Storm closes schools\n\nBy Ada Finch | Jan. 12, 2026 6:30 a.m. ET\n\nUpdated on Jan 12, 2026 at 2 PM PT\n\nSchools shut.',
    );
    expect(article.byline).toBe('Ada Finch');
    expect(article.publishedAt).toBe('2026-01-12T11:30:00.000Z');
    expect(article.updatedAt).toBe('2026-01-12T22:00:00.000Z');
  });

  it('does not mistake a body sentence starting with "By" for a byline', () => {
    const article = parseTextArticle(
      'Title\n\nBy the end of the day, the river had crested.\n\nMore text.',
    );
    expect(article.byline).toBeNull();
    expect(article.body.startsWith('By the end of the day')).toBe(true);
  });

  it('reads a bare date line and normalises whitespace inside paragraphs', () => {
    const article = parseTextArticle(
      'Title\r\n\r\nMarch 3, 2025\r\n\r\nOne  \t line\u00a0with   gaps.\r\n\r\nAnother.',
    );
    expect(article.publishedAt).toBe('2025-03-03T00:00:00.000Z');
    expect(article.body).toBe('One line with gaps.\n\nAnother.');
  });

  it('reads one paragraph per line when the text has no blank lines', () => {
    const article = parseTextArticle('Title line\nFirst paragraph.\nSecond paragraph.');
    expect(article.body).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('refuses empty text and text with only a title', () => {
    expect(() => parseTextArticle('  \n\n ')).toThrow(
      expect.objectContaining({ code: 'EMPTY_INPUT' }),
    );
    expect(() => parseTextArticle('Only a title')).toThrow(IngestError);
    expect(() => parseTextArticle('Only a title', { file: 'x.txt' })).toThrow(
      /x\.txt: .*NO_ARTICLE/,
    );
  });

  it('refuses text with NUL characters', () => {
    expect(() => parseTextArticle('Title\n\nBody \u0000 here')).toThrow(
      expect.objectContaining({ code: 'BINARY_INPUT' }),
    );
  });
});
