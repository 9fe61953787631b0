/**
 * `newsgraph ingest PATH... [--format F]`: read, extract and store articles in Neo4j —
 * NEO4J_URI when set, else the background local Neo4j (`newsgraph db start`), else a local
 * one started for the duration of the command. Shows a progress bar on a TTY (stderr),
 * reports each failure with its file and reason, prints a summary; exit code 1 when any
 * article failed, 2 on a usage error.
 */
import { SingleBar } from 'cli-progress';
import { loadConfig, type Config } from '../config.js';
import { Database, DatabaseError } from '../graph/database.js';
import { GraphWriter } from '../graph/graph-writer.js';
import {
  LocalNeo4jError,
  backgroundStatus,
  startAttached,
  type RunningNeo4j,
} from '../graph/local-neo4j.js';
import { migrate } from '../graph/migrations.js';
import { ingestArticles, type IngestEvent } from '../ingest-articles.js';
import { readArticleSources } from '../ingest/index.js';

export interface IngestCommandOptions {
  format?: string;
}

/** Output streams as far as this command uses them (process.stderr fits). */
export interface TextOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface IngestDependencies {
  config?: Config;
  stdout?: TextOutput;
  stderr?: TextOutput;
  stdin?: AsyncIterable<Buffer | string>;
  batchSize?: number;
}

const FORMATS = /^(txt|text|md|html|htm|xhtml|json|ndjson|jsonl)$/i;

/** Connects to the configured Neo4j, starting the local one when needed; `stop` undoes it. */
async function connect(
  config: Config,
  log: (line: string) => void,
): Promise<{ db: Database; stop: () => Promise<void> }> {
  let uri = config.neo4j.uri;
  let attached: RunningNeo4j | null = null;
  if (!uri) {
    const background = backgroundStatus(config.local.dataDir);
    if (background) {
      uri = background.uri;
    } else {
      log(`starting the local Neo4j (data in ${config.local.dataDir}) ...`);
      attached = await startAttached({ ...config.local, log });
      uri = attached.uri;
    }
  }
  const db = new Database({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password || undefined,
    database: config.neo4j.database,
  });
  return {
    db,
    async stop() {
      await db.close();
      await attached?.stop();
    },
  };
}

function formatRate(n: number): string {
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
}

export async function runIngest(
  paths: string[],
  opts: IngestCommandOptions,
  deps: IngestDependencies = {},
): Promise<number> {
  const stdout = deps.stdout ?? process.stdout;
  const stderr = deps.stderr ?? process.stderr;
  const log = (line: string) => stderr.write(`${line}\n`);
  if (opts.format !== undefined && !FORMATS.test(opts.format)) {
    log(`newsgraph ingest: unknown format "${opts.format}" (use txt, html, json or ndjson)`);
    return 2;
  }
  if (paths.length === 0) {
    log('newsgraph ingest: no input given');
    return 2;
  }

  let connection: Awaited<ReturnType<typeof connect>> | null = null;
  const bar =
    stderr.isTTY === true
      ? new SingleBar({
          stream: stderr as NodeJS.WritableStream,
          format: 'ingesting {value} articles | {rate}/s | {failed} failed',
          hideCursor: true,
        })
      : null;
  const failures: string[] = [];
  try {
    const config = deps.config ?? loadConfig();
    connection = await connect(config, log);
    await connection.db.verify();
    await migrate(connection.db);
    const writer = new GraphWriter(connection.db);

    let done = 0;
    let failed = 0;
    const started = Date.now();
    bar?.start(0, 0, { rate: '0', failed: 0 });
    const onEvent = (event: IngestEvent) => {
      done += 1;
      if ('failure' in event) {
        failed += 1;
        const where = event.index === null ? event.file : `${event.file}:${event.index}`;
        const line = `newsgraph ingest: ${where}: ${event.failure.reason}`;
        // With a bar on screen, failures are listed after it finishes.
        if (bar) failures.push(line);
        else log(line);
      }
      bar?.update(done, {
        rate: formatRate((done * 1000) / Math.max(1, Date.now() - started)),
        failed,
      });
    };

    // Read -> extract -> write.
    const summary = await ingestArticles(
      readArticleSources(paths, { format: opts.format, stdin: deps.stdin }),
      writer,
      {
        batchSize: deps.batchSize,
        onEvent,
      },
    );
    bar?.stop();
    for (const line of failures) log(line);
    const totals = await writer.totals();
    stdout.write(
      `articles: ${summary.new} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed\n` +
        `written: ${summary.entities} entity mentions, ${summary.statements} statements\n` +
        `graph: ${totals.articles} articles, ${totals.entities} entities, ${totals.statements} statements\n` +
        `rate: ${formatRate(summary.articlesPerSecond)} articles/s (${(summary.elapsedMs / 1000).toFixed(1)} s)\n`,
    );
    return summary.failed > 0 ? 1 : 0;
  } catch (err) {
    bar?.stop();
    for (const line of failures) log(line);
    if (err instanceof LocalNeo4jError || err instanceof DatabaseError) {
      log(`newsgraph ingest: error [${err.code}]: ${err.message}`);
      return 1;
    }
    if (err instanceof Error && 'code' in err && err.code === 'BAD_CONFIG') {
      log(`newsgraph ingest: ${err.message}`);
      return 2;
    }
    throw err;
  } finally {
    await connection?.stop();
  }
}
