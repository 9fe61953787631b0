import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from './parse-html-article.js';

const PARAGRAPHS = [
  'LAKEVIEW, Ore. — A wildfire that started in a dry canyon on Saturday had burned more than 4,000 acres by Monday, forcing the evacuation of two ranching communities east of town.',
  '"The wind shifted twice overnight and pushed it right at the ridge," said Fire Chief Delia Moravec, who has led the county department for nine years.',
  'Crews from three counties and the state forestry department were on the lines, and officials said the fire was 10 percent contained.',
  'Moravec said evacuation orders would stay in place at least until Wednesday, when cooler weather is expected to move into the region.',
];

function page(head: string, article: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/subscribe">Subscribe</a></nav></header>
    <main>${article}
      <aside class="related"><h2>More news</h2><ul><li><a href="/x">Commissioner Ilse Brand approves levy</a></li></ul></aside>
    </main>
    <footer><p>Reporter bios and contact information.</p><p>© 2026 Lakeview Ledger. All rights reserved.</p></footer>
  </body></html>`;
}

const ARTICLE = `<article>
  <h1>Wildfire forces evacuations east of Lakeview</h1>
  <p class="dek">Two ranching communities were told to leave as winds pushed flames toward a ridge.</p>
  <p class="byline">By <a rel="author" href="/staff/lane">Corin Lane</a> · <time datetime="2026-08-10T07:45:00-07:00">Aug. 10, 2026</time></p>
  <figure><img src="/fire.jpg" alt=""><figcaption>Smoke over the canyon. (Photo by Sam Okafor)</figcaption></figure>
  ${PARAGRAPHS.map((p, i) => (i === 2 ? `<div class="ad">Advertisement</div><p>${p}</p>` : `<p>${p}</p>`)).join('\n')}
</article>`;

describe('parseHtmlArticle', () => {
  it('finds the article and its metadata in a whole page', () => {
    const head = `<title>Wildfire forces evacuations east of Lakeview | Lakeview Ledger</title>
      <meta property="og:site_name" content="Lakeview Ledger">
      <link rel="canonical" href="https://ledger.example/news/wildfire-evacuations">`;
    const article = parseHtmlArticle(page(head, ARTICLE));
    expect(article.title).toBe('Wildfire forces evacuations east of Lakeview');
    expect(article.dek).toBe(
      'Two ranching communities were told to leave as winds pushed flames toward a ridge.',
    );
    expect(article.source).toBe('Lakeview Ledger');
    expect(article.byline).toBe('Corin Lane');
    expect(article.url).toBe('https://ledger.example/news/wildfire-evacuations');
    expect(article.publishedAt).toBe('2026-08-10T14:45:00.000Z');
    expect(article.body).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('prefers JSON-LD and meta tags for dates, author and publisher', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'ignored' },
        {
          '@type': ['NewsArticle'],
          headline: 'Wildfire forces evacuations east of Lakeview',
          datePublished: '2026-08-10T06:00:00-07:00',
          dateModified: '2026-08-10T18:30:00-07:00',
          author: [
            { '@type': 'Person', name: 'Corin Lane' },
            { '@type': 'Person', name: 'Pia Holt' },
          ],
          publisher: { '@type': 'Organization', name: 'Lakeview Ledger' },
        },
      ],
    };
    const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:url" content="https://ledger.example/w">`;
    const article = parseHtmlArticle(page(head, ARTICLE));
    expect(article.publishedAt).toBe('2026-08-10T13:00:00.000Z');
    expect(article.updatedAt).toBe('2026-08-11T01:30:00.000Z');
    expect(article.byline).toBe('Corin Lane, Pia Holt');
    expect(article.source).toBe('Lakeview Ledger');
    expect(article.url).toBe('https://ledger.example/w');
  });

  it('reads article:published_time and the site name from the title suffix', () => {
    const head = `<title>Wildfire forces evacuations east of Lakeview - Lakeview Ledger</title>
      <meta property="article:published_time" content="2026-08-09T23:00:00Z">`;
    const bare = ARTICLE.replace(/<p class="byline">.*<\/p>/, '');
    const article = parseHtmlArticle(page(head, bare));
    expect(article.publishedAt).toBe('2026-08-09T23:00:00.000Z');
    expect(article.source).toBe('Lakeview Ledger');
    expect(article.byline).toBeNull();
  });

  it('keeps a first paragraph that the meta description repeats', () => {
    const head = `<meta name="description" content="${PARAGRAPHS[0]}">`;
    const plain = ARTICLE.replace(/<p class="dek">.*<\/p>/, '');
    const article = parseHtmlArticle(page(head, plain));
    expect(article.dek).toBeNull();
    expect(article.body).toBe(PARAGRAPHS.join('\n\n'));
    const described = parseHtmlArticle(
      page('<meta property="og:description" content="A short summary.">', plain),
    );
    expect(described.dek).toBe('A short summary.');
  });

  it('refuses a page without article text', () => {
    expect(() =>
      parseHtmlArticle(
        '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>',
        { file: 'p.html' },
      ),
    ).toThrow(expect.objectContaining({ code: 'NO_ARTICLE', file: 'p.html' }));
  });
});
