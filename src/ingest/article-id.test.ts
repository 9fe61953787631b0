import { describe, expect, it } from 'vitest';
import { articleId } from './article-id.js';

const base = {
  source: 'Gull Point Gazette',
  url: 'https://gazette.example/a/pier',
  title: 'Pier',
  body: 'Text.',
};

describe('articleId', () => {
  it('is stable and keyed on source + url when there is a url', () => {
    expect(articleId(base)).toBe(articleId({ ...base }));
    expect(articleId(base)).toBe(articleId({ ...base, title: 'Other title', body: 'Other body.' }));
    expect(articleId(base)).toBe(
      articleId({ ...base, url: 'https://gazette.example/a/pier?utm_source=x#top' }),
    );
    expect(articleId(base)).toBe(articleId({ ...base, source: ' gull point gazette ' }));
    expect(articleId(base)).not.toBe(articleId({ ...base, url: 'https://gazette.example/a/dock' }));
    expect(articleId(base)).not.toBe(articleId({ ...base, source: 'Other Outlet' }));
  });

  it('is keyed on title + body without a url', () => {
    const noUrl = { ...base, url: null };
    expect(articleId(noUrl)).toBe(articleId({ ...noUrl, source: null }));
    expect(articleId(noUrl)).not.toBe(articleId({ ...noUrl, body: 'Changed.' }));
    expect(articleId(noUrl)).toMatch(/^[0-9a-f]{20}$/);
  });
});
