import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Article } from '../model/article.js';
import type { ArticleFormat } from './article-format.js';
import { articleFromJson } from './article-from-json.js';
import type { ArticleItem } from './article-item.js';
import { decodeArticleBytes } from './decode-article-bytes.js';
import { formatFromName } from './format-from-name.js';
import { IngestError } from './ingest-error.js';
import { MAX_INPUT_BYTES } from './max-input-bytes.js';
import { parseHtmlArticle } from './parse-html-article.js';
import { parseJsonValue } from './parse-json-value.js';
import { parseTextArticle } from './parse-text-article.js';
import { readLines } from './read-lines.js';
import { sniffFormat } from './sniff-format.js';

export interface ReadOptions {
  /** txt | html | json | ndjson; default: from the file extension, else sniffed. */
  format?: string;
  /** What `-` reads; default process.stdin. */
  stdin?: AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
  /** Per-file (and per NDJSON line) limit; default MAX_INPUT_BYTES. */
  maxBytes?: number;
}

/**
 * Reads the articles of one file (`-` = stdin), yielding each article or the IngestError that
 * kept it from being read; never throws for bad input. A file over the size limit is refused
 * after a stat, before reading. NDJSON is streamed line by line (no limit on the file, the
 * limit per line), so one bad line is reported with its number and the others still come.
 */
export async function* readArticleItems(
  file: string,
  options: ReadOptions = {},
): AsyncGenerator<ArticleItem> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  let format: ArticleFormat | null;
  try {
    format = formatFromName(file === '-' ? '' : file, options.format);
    if (file !== '-')
      await checkFile(file, format === 'ndjson' ? Number.POSITIVE_INFINITY : maxBytes);
  } catch (error) {
    yield { file, index: null, error: asIngestError(error, file) };
    return;
  }
  if (format === 'ndjson') {
    yield* readNdjson(
      file,
      file === '-' ? (options.stdin ?? process.stdin) : createReadStream(file),
      maxBytes,
    );
    return;
  }

  let content: string;
  try {
    const bytes =
      file === '-'
        ? await readAll(options.stdin ?? process.stdin, maxBytes, file)
        : await readFile(file);
    content = decodeArticleBytes(bytes, file);
  } catch (error) {
    yield { file, index: null, error: asIngestError(error, file) };
    return;
  }
  format ??= sniffFormat(content);
  if (format === 'ndjson') {
    yield* readNdjson(file, [content], maxBytes);
    return;
  }
  if (format !== 'json') {
    yield item(file, null, () =>
      (format === 'html' ? parseHtmlArticle : parseTextArticle)(content, { file }),
    );
    return;
  }
  let parsed: { values: unknown[]; multiple: boolean };
  try {
    parsed = parseJsonValue(content, file);
  } catch (error) {
    // A .json file that is really JSON Lines is read as such.
    if (
      error instanceof IngestError &&
      error.code === 'INVALID_JSON' &&
      sniffFormat(content) === 'ndjson'
    ) {
      yield* readNdjson(file, [content], maxBytes);
    } else yield { file, index: null, error: asIngestError(error, file) };
    return;
  }
  const { values, multiple } = parsed;
  if (values.length === 0)
    yield {
      file,
      index: null,
      error: new IngestError('NO_ARTICLE', file, 'the JSON list is empty'),
    };
  for (const [position, value] of values.entries()) {
    const index = multiple ? position + 1 : null;
    yield item(
      file,
      index,
      () => articleFromJson(value, { file }),
      multiple ? `article ${position + 1}` : undefined,
    );
  }
}

async function* readNdjson(
  file: string,
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<ArticleItem> {
  let articles = 0;
  let failures = 0;
  try {
    for await (const line of readLines(stream, maxBytes)) {
      if (line.tooLong) {
        failures += 1;
        yield {
          file,
          index: line.lineNumber,
          error: new IngestError(
            'TOO_LARGE',
            file,
            `line ${line.lineNumber}: longer than ${maxBytes} bytes`,
          ),
        };
        continue;
      }
      if (line.bytes.toString('latin1').trim() === '') continue;
      const result = item(
        file,
        line.lineNumber,
        () => {
          const text = decodeArticleBytes(line.bytes, file);
          return articleFromJson(parseJsonValue(text, file).values[0], { file });
        },
        `line ${line.lineNumber}`,
      );
      if (result.error?.code === 'BINARY_INPUT' && articles === 0) {
        // Binary data is not a bad line among good ones: report the file once and stop.
        yield {
          file,
          index: null,
          error: new IngestError('BINARY_INPUT', file, 'file is binary, not NDJSON'),
        };
        return;
      }
      if (result.error) failures += 1;
      else articles += 1;
      yield result;
    }
  } catch (error) {
    yield { file, index: null, error: asIngestError(error, file) };
    return;
  }
  if (articles === 0 && failures === 0)
    yield {
      file,
      index: null,
      error: new IngestError('EMPTY_INPUT', file, 'file has no articles'),
    };
}

/** Runs one parse, turning its failure into an item; `where` prefixes the reason (a line number). */
function item(
  file: string,
  index: number | null,
  parse: () => Article,
  where?: string,
): ArticleItem {
  try {
    return { file, index, article: parse() };
  } catch (error) {
    const ingestError = asIngestError(error, file);
    return {
      file,
      index,
      error:
        where === undefined
          ? ingestError
          : new IngestError(ingestError.code, file, `${where}: ${ingestError.reason}`, {
              cause: error,
            }),
    };
  }
}

async function checkFile(file: string, maxBytes: number): Promise<void> {
  const stats = await stat(file);
  if (stats.isDirectory()) throw new IngestError('READ_FAILED', file, 'is a directory');
  if (stats.size > maxBytes) {
    throw new IngestError(
      'TOO_LARGE',
      file,
      `file is ${stats.size} bytes, more than the ${maxBytes}-byte limit`,
    );
  }
}

/** Reads a whole stream, refusing (TOO_LARGE) as soon as it passes `maxBytes`. */
async function readAll(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxBytes: number,
  file: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes)
      throw new IngestError('TOO_LARGE', file, `input is more than the ${maxBytes}-byte limit`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** File system errors get their code; anything else unexpected is reported, not thrown. */
function asIngestError(error: unknown, file: string): IngestError {
  if (error instanceof IngestError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new IngestError('NOT_FOUND', file, 'no such file', { cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new IngestError('READ_FAILED', file, `could not be read: ${message}`, { cause: error });
}
