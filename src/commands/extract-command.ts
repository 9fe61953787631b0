/**
 * `newsgraph extract PATH... [--format F] [--out DIR]`: articles in, extractions out.
 *
 * Without --out every Extraction is printed to stdout as one line of JSON (one article: one
 * JSON object; several: NDJSON), and nothing else goes to stdout: an external scorer reads
 * it. With --out each article is written to DIR/NAME.json (NAME-N.json for the N-th article
 * of an NDJSON file or JSON list). Failures are reported on stderr with the file and reason;
 * the exit code is 1 when any input failed, 2 on a usage error, else 0.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { extract as defaultExtract } from '../extract/index.js';
import { readArticleSources, walkArticleFiles, type ArticleItem } from '../ingest/index.js';
import type { Article } from '../model/article.js';
import type { Extraction } from '../model/extraction.js';

export interface ExtractOptions {
  format?: string;
  out?: string;
}

/** Output streams as far as this command uses them (process.stdout/stderr fit). */
export interface TextOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** What the command talks to; tests pass fakes. */
export interface ExtractDependencies {
  extract?: (article: Article) => Extraction;
  stdout?: TextOutput;
  stderr?: TextOutput;
  stdin?: AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
}

const FORMATS = /^(txt|text|md|html|htm|xhtml|json|ndjson|jsonl)$/i;

export async function runExtract(
  paths: string[],
  opts: ExtractOptions,
  deps: ExtractDependencies = {},
): Promise<number> {
  const extract = deps.extract ?? defaultExtract;
  const stdout = deps.stdout ?? process.stdout;
  const stderr = deps.stderr ?? process.stderr;
  const log = (line: string) => stderr.write(`${line}\n`);

  if (opts.format !== undefined && !FORMATS.test(opts.format)) {
    log(`newsgraph extract: unknown format "${opts.format}" (use txt, html, json or ndjson)`);
    return 2;
  }
  if (paths.length === 0) {
    log('newsgraph extract: no input given');
    return 2;
  }

  // Read -> extract -> print or write, one article at a time.
  const started = Date.now();
  const writer = opts.out === undefined ? null : await OutputDirectory.open(opts.out);
  const progress =
    writer !== null && stderr.isTTY === true ? await startProgress(paths, stderr) : null;
  const failures: string[] = [];
  const report = (line: string) => (progress === null ? log(line) : failures.push(line));
  let articles = 0;
  let failed = 0;
  let lastFile: string | null = null;

  // A reader that goes away (`| head`) ends the run quietly instead of crashing it with EPIPE.
  let stdoutClosed = false;
  if (deps.stdout === undefined) process.stdout.on('error', () => (stdoutClosed = true));

  for await (const item of readArticleSources(paths, { format: opts.format, stdin: deps.stdin })) {
    if (stdoutClosed) break;
    if (progress !== null && lastFile !== null && item.file !== lastFile) progress.increment();
    lastFile = item.file;
    if (item.error) {
      failed += 1;
      report(`newsgraph extract: ${item.error.message}`);
      continue;
    }
    let extraction: Extraction;
    try {
      extraction = extract(item.article);
    } catch (error) {
      failed += 1;
      report(
        `newsgraph extract: ${describe(item)}: extraction failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      continue;
    }
    articles += 1;
    if (writer === null) stdout.write(`${JSON.stringify(extraction)}\n`);
    else await writer.write(item, extraction);
  }

  if (progress !== null) {
    if (lastFile !== null) progress.increment();
    progress.stop();
  }
  for (const line of failures) log(line);
  if (articles === 0 && failed === 0) {
    log(`newsgraph extract: no article files found in ${paths.join(', ')}`);
    return 1;
  }
  if (writer !== null || failed > 0 || articles > 1) {
    const where = writer === null ? '' : ` into ${writer.directory}`;
    log(
      `extracted ${articles} article${articles === 1 ? '' : 's'}${where}, ${failed} failed, in ${Date.now() - started} ms`,
    );
  }
  return failed > 0 ? 1 : 0;
}

/** Where --out puts each extraction: NAME.json, NAME-N.json for lists, never overwriting another input's file. */
class OutputDirectory {
  private readonly used = new Set<string>();

  private constructor(readonly directory: string) {}

  static async open(directory: string): Promise<OutputDirectory> {
    await mkdir(directory, { recursive: true });
    return new OutputDirectory(directory);
  }

  async write(item: ArticleItem, extraction: Extraction): Promise<void> {
    const stem = item.file === '-' ? 'stdin' : basename(item.file, extname(item.file));
    const name = item.index === null ? stem : `${stem}-${item.index}`;
    let unique = name;
    // Two inputs with one name (a/x.txt and b/x.txt, or x.txt and x.html) must not overwrite each other.
    for (let n = 2; this.used.has(unique); n += 1) unique = `${name}~${n}`;
    this.used.add(unique);
    await writeFile(
      join(this.directory, `${unique}.json`),
      `${JSON.stringify(extraction, null, 2)}\n`,
    );
  }
}

/** A progress bar over input files (counted by a listing walk first). */
async function startProgress(paths: readonly string[], stream: TextOutput): Promise<SingleBar> {
  let total = 0;
  for (const path of paths) {
    const isDirectory =
      path !== '-' && (await stat(path).catch(() => null))?.isDirectory() === true;
    if (!isDirectory) total += 1;
    else {
      try {
        for await (const _file of walkArticleFiles(path)) total += 1;
      } catch {
        total += 1;
      }
    }
  }
  const bar = new SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: 'extract [{bar}] {value}/{total} files | {duration_formatted}',
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

function describe(item: ArticleItem): string {
  return item.index === null ? item.file : `${item.file} (article ${item.index})`;
}
