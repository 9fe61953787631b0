import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleSources } from './read-article-sources.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-sources-'));
  await mkdir(join(dir, 'nested', 'deeper'), { recursive: true });
  await mkdir(join(dir, '.hidden'));
  await writeFile(join(dir, 'b.txt'), 'Second\n\nPublished: May 1, 2026\n\nBody b.');
  await writeFile(
    join(dir, 'a.html'),
    '<html><body><article><h1>First</h1><p>Body a.</p></article></body></html>',
  );
  await writeFile(join(dir, 'nested', 'c.json'), '{"title": "Third", "body": "Body c."}');
  await writeFile(
    join(dir, 'nested', 'deeper', 'd.jsonl'),
    '{"title": "Fourth", "body": "Body d."}\n{"title": "Fifth", "body": "Body e."}\n',
  );
  await writeFile(join(dir, 'nested', 'bad.json'), '{oops');
  await writeFile(join(dir, 'notes.csv'), 'not,an,article');
  await writeFile(join(dir, 'x.gold.json'), '{"people": []}');
  await writeFile(join(dir, '.hidden', 'e.txt'), 'Hidden\n\nPublished: May 1, 2026\n\nNot read.');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readArticleSources', () => {
  it('walks directories recursively in name order, yielding articles and errors', async () => {
    const seen: string[] = [];
    for await (const item of readArticleSources([dir, join(dir, 'missing.txt')])) {
      const name = item.file.slice(dir.length + 1);
      seen.push(
        item.error
          ? `${name}: ${item.error.code}`
          : `${name}#${item.index ?? '-'}: ${item.article.title}`,
      );
    }
    expect(seen).toEqual([
      'a.html#-: First',
      'b.txt#-: Second',
      'nested/bad.json: INVALID_JSON',
      'nested/c.json#-: Third',
      'nested/deeper/d.jsonl#1: Fourth',
      'nested/deeper/d.jsonl#2: Fifth',
      'missing.txt: NOT_FOUND',
    ]);
  });

  it('yields lazily: the first article comes before later files are read', async () => {
    const iterator = readArticleSources([dir]);
    const first = await iterator.next();
    expect(first.value?.article?.title).toBe('First');
    await iterator.return(undefined);
  });
});
