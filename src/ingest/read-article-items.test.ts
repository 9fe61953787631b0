import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleItem } from './article-item.js';
import { MAX_INPUT_BYTES } from './max-input-bytes.js';
import { readArticleFile } from './read-article-file.js';
import { readArticleItems, type ReadOptions } from './read-article-items.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-ingest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function items(path: string, options: ReadOptions = {}): Promise<ArticleItem[]> {
  const all: ArticleItem[] = [];
  for await (const item of readArticleItems(path, options)) all.push(item);
  return all;
}

const TEXT =
  'Dam repairs finish early\n\nPublished: June 1, 2026\n\nThe repairs ended a month ahead of schedule.';

describe('readArticleFile', () => {
  it('dispatches on the extension', async () => {
    const [fromText] = await readArticleFile(await put('a.txt', TEXT));
    expect(fromText?.title).toBe('Dam repairs finish early');
    const [fromHtml] = await readArticleFile(
      await put(
        'a.html',
        '<html><body><article><h1>T</h1><p>One paragraph of article text.</p></article></body></html>',
      ),
    );
    expect(fromHtml?.body).toBe('One paragraph of article text.');
    const [fromJson] = await readArticleFile(await put('a.json', '{"title": "J", "body": "B."}'));
    expect(fromJson?.title).toBe('J');
  });

  it('uses an explicit format over the extension, and sniffs unknown extensions', async () => {
    const [asText] = await readArticleFile(await put('b.json', TEXT), { format: 'txt' });
    expect(asText?.title).toBe('Dam repairs finish early');
    const [sniffed] = await readArticleFile(
      await put('c.data', '{"title": "S", "body": "Sniffed."}'),
    );
    expect(sniffed?.title).toBe('S');
  });

  it('reads stdin for -', async () => {
    const articles = await readArticleFile('-', { format: 'txt', stdin: [Buffer.from(TEXT)] });
    expect(articles.map((a) => a.title)).toEqual(['Dam repairs finish early']);
  });

  it('decodes UTF-16 with a BOM and HTML in a declared charset', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect((await readArticleFile(await put('u16.txt', utf16)))[0]?.title).toBe(
      'Dam repairs finish early',
    );
    const latin1 = Buffer.from(
      '<html><head><meta charset="iso-8859-1"></head><body><article><p>Caf\xe9 owners met on Tuesday.</p></article></body></html>',
      'latin1',
    );
    expect((await readArticleFile(await put('l1.html', latin1)))[0]?.body).toBe(
      'Café owners met on Tuesday.',
    );
  });

  it('reads NDJSON line by line, reporting bad lines with their number', async () => {
    const path = await put(
      'feed.ndjson',
      '{"title": "One", "body": "First."}\n\n{"title": "Two", "body": \n{"title": "Three", "body": "Third."}\n',
    );
    const result = await items(path);
    expect(result.map((item) => [item.index, item.article?.title ?? item.error?.code])).toEqual([
      [1, 'One'],
      [3, 'INVALID_JSON'],
      [4, 'Three'],
    ]);
    expect(result[1]?.error?.message).toMatch(/feed\.ndjson: line 3: /);
    await expect(readArticleFile(path)).rejects.toMatchObject({ code: 'INVALID_JSON' });
  });

  it('limits each NDJSON line, not the whole file', async () => {
    const path = await put('long.jsonl', `{"body": "${'x'.repeat(200)}"}\n{"body": "short"}\n`);
    const result = await items(path, { maxBytes: 100 });
    expect(result.map((item) => item.error?.code ?? item.article?.body)).toEqual([
      'TOO_LARGE',
      'short',
    ]);
  });

  it('numbers the articles of a JSON array', async () => {
    const result = await items(
      await put('list.json', '[{"body": "a"}, {"nobody": true}, {"body": "c"}]'),
    );
    expect(result.map((item) => [item.index, item.error?.code ?? item.article?.body])).toEqual([
      [1, 'a'],
      [2, 'NO_ARTICLE'],
      [3, 'c'],
    ]);
  });
});

describe('readArticleItems errors', () => {
  async function errorOf(path: string, options: ReadOptions = {}) {
    const result = await items(path, options);
    expect(result).toHaveLength(1);
    return result[0]?.error;
  }

  it.each<[string, string | Uint8Array, string]>([
    ['empty.txt', '', 'EMPTY_INPUT'],
    ['blank.txt', ' \n\n \t\n', 'EMPTY_INPUT'],
    ['nul.txt', Buffer.from('Title\n\nBody\u0000text', 'utf8'), 'BINARY_INPUT'],
    [
      'image.html',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
      'BINARY_INPUT',
    ],
    [
      'bad-utf8.txt',
      Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0xc3, 0x28, 0xff, 0x41]),
      'BAD_ENCODING',
    ],
    [
      'odd-charset.html',
      Buffer.from(
        '<html><head><meta charset="x-no-such"></head><body>\xff\xfe\xfd</body></html>',
        'latin1',
      ),
      'BAD_ENCODING',
    ],
    ['broken.json', '{"title": "x",', 'INVALID_JSON'],
    ['nav-only.html', '<html><body><nav><a href="/">Home</a></nav></body></html>', 'NO_ARTICLE'],
    ['empty-list.json', '[]', 'NO_ARTICLE'],
    ['empty.ndjson', '\n\n', 'EMPTY_INPUT'],
    ['binary.ndjson', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x0a]), 'BINARY_INPUT'],
  ])('%s gives %s, naming the file', async (name, content, code) => {
    const path = await put(name, content);
    const error = await errorOf(path);
    expect(error).toMatchObject({ code, file: path });
    expect(error?.message).toContain(path);
  });

  it('refuses a file over the limit before reading it', async () => {
    const path = await put('huge.txt', Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61));
    expect(await errorOf(path)).toMatchObject({ code: 'TOO_LARGE', file: path });
  });

  it('refuses too much stdin', async () => {
    const chunks = [Buffer.alloc(60, 0x61), Buffer.alloc(60, 0x61)];
    expect(await errorOf('-', { format: 'txt', stdin: chunks, maxBytes: 100 })).toMatchObject({
      code: 'TOO_LARGE',
      file: '-',
    });
  });

  it('reports a missing file, a directory and an unknown format', async () => {
    expect(await errorOf(join(dir, 'missing.txt'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(dir)).toMatchObject({ code: 'READ_FAILED' });
    expect(await errorOf(await put('f.txt', TEXT), { format: 'pdf' })).toMatchObject({
      code: 'UNKNOWN_FORMAT',
    });
  });
});
