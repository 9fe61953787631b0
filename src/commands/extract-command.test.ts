import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../model/article.js';
import type { Extraction } from '../model/extraction.js';
import { runExtract } from './extract-command.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-extract-'));
  await mkdir(join(dir, 'in'));
  await writeFile(
    join(dir, 'in', 'one.txt'),
    'Bridge reopens\n\nPublished: April 2, 2026 10am\n\n"It is safe," said Engineer Mara Voss.',
  );
  await writeFile(join(dir, 'in', 'two.json'), '{"title": "Two", "body": "Second article."}');
  await writeFile(
    join(dir, 'in', 'feed.ndjson'),
    '{"title": "F1", "body": "One."}\n{"title": "F2", "body": "Two."}\n',
  );
  await writeFile(join(dir, 'in', 'broken.json'), '{"title": ');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Records what the command prints; extract is a fake that records its input. */
function harness(options: { tty?: boolean; failOn?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const seen: Article[] = [];
  const extract = (article: Article): Extraction => {
    if (article.title === options.failOn) throw new Error('extractor bug');
    seen.push(article);
    return { article, entities: [], statements: [] };
  };
  return {
    deps: {
      extract,
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text), isTTY: options.tty ?? false },
    },
    out,
    err,
    seen,
  };
}

describe('runExtract', () => {
  it('prints exactly one JSON Extraction on stdout for one article file', async () => {
    const h = harness();
    const code = await runExtract([join(dir, 'in', 'one.txt')], {}, h.deps);
    expect(code).toBe(0);
    expect(h.out).toHaveLength(1);
    const printed = JSON.parse(h.out.join('')) as Extraction;
    expect(printed.article.title).toBe('Bridge reopens');
    expect(printed.article.publishedAt).toBe('2026-04-02T10:00:00.000Z');
    expect(printed).toEqual({ article: h.seen[0], entities: [], statements: [] });
    expect(h.err).toEqual([]);
  });

  it('prints NDJSON for several articles and reports failures on stderr with exit code 1', async () => {
    const h = harness();
    const code = await runExtract([join(dir, 'in')], {}, h.deps);
    expect(code).toBe(1);
    const titles = h.out.map((line) => (JSON.parse(line) as Extraction).article.title);
    expect(titles).toEqual(['F1', 'F2', 'Bridge reopens', 'Two']);
    expect(h.out.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(
      true,
    );
    expect(h.err.join('')).toMatch(/broken\.json: not valid JSON.*\(INVALID_JSON\)/);
    expect(h.err.at(-1)).toMatch(/extracted 4 articles, 1 failed/);
  });

  it('writes NAME.json and NAME-N.json with --out', async () => {
    const h = harness({ tty: false });
    const out = join(dir, 'out');
    const code = await runExtract(
      [join(dir, 'in', 'one.txt'), join(dir, 'in', 'feed.ndjson'), join(dir, 'in', 'two.json')],
      { out },
      h.deps,
    );
    expect(code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'feed-1.json',
      'feed-2.json',
      'one.json',
      'two.json',
    ]);
    const written = JSON.parse(await readFile(join(out, 'feed-2.json'), 'utf8')) as Extraction;
    expect(written.article.title).toBe('F2');
    expect(h.out).toEqual([]);
    expect(h.err.join('')).toMatch(/extracted 4 articles into .*out, 0 failed/);
  });

  it('draws a progress bar only on a terminal, and still reports errors', async () => {
    const h = harness({ tty: true, failOn: 'Two' });
    const code = await runExtract([join(dir, 'in')], { out: join(dir, 'out-tty') }, h.deps);
    expect(code).toBe(1);
    const stderr = h.err.join('');
    expect(stderr).toMatch(/extract \[/);
    expect(stderr).toMatch(/two\.json: extraction failed: Error: extractor bug/);
    expect(stderr).toMatch(/broken\.json: .*INVALID_JSON/);
    expect(await readdir(join(dir, 'out-tty'))).toHaveLength(3);
  });

  it('reads stdin for -', async () => {
    const h = harness();
    const code = await runExtract(
      ['-'],
      { format: 'json' },
      { ...h.deps, stdin: [Buffer.from('{"title": "S", "body": "From stdin."}')] },
    );
    expect(code).toBe(0);
    expect((JSON.parse(h.out.join('')) as Extraction).article.body).toBe('From stdin.');
  });

  it('refuses an unknown format and reports missing files', async () => {
    const bad = harness();
    expect(await runExtract([join(dir, 'in', 'one.txt')], { format: 'pdf' }, bad.deps)).toBe(2);
    expect(bad.err.join('')).toMatch(/unknown format "pdf"/);
    const missing = harness();
    expect(await runExtract([join(dir, 'nope.txt')], {}, missing.deps)).toBe(1);
    expect(missing.err.join('')).toMatch(/nope\.txt: no such file \(NOT_FOUND\)/);
    expect(missing.out).toEqual([]);
  });
});
