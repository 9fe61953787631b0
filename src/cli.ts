/**
 * The `newsgraph` command: extract | ingest | serve | db.
 * Each subcommand's module is imported only when it runs, so `newsgraph extract`
 * never pays for loading the server or the database driver.
 */
import { Command } from 'commander';

const program = new Command();
program
  .name('newsgraph')
  .description('Turn news articles into a Neo4j knowledge graph served over GraphQL.')
  .showHelpAfterError();

program
  .command('extract')
  .description(
    'Print the entities and statements of an article as JSON (or write one file per article with --out).',
  )
  .argument('<paths...>', 'article files (.txt, .html, .json, .ndjson) or directories; - for stdin')
  .option(
    '-f, --format <format>',
    'input format: txt | html | json | ndjson (default: from the file name)',
  )
  .option('-o, --out <dir>', 'write one NAME.json per article into this directory')
  .action(async (paths: string[], opts: { format?: string; out?: string }) => {
    const { runExtract } = await import('./commands/extract-command.js');
    process.exitCode = await runExtract(paths, opts);
  });

program
  .command('ingest')
  .description('Read, extract and store articles in Neo4j.')
  .argument('<paths...>', 'article files or directories; - for stdin')
  .option(
    '-f, --format <format>',
    'input format: txt | html | json | ndjson (default: from the file name)',
  )
  .action(async (paths: string[], opts: { format?: string }) => {
    const { runIngest } = await import('./commands/ingest-command.js');
    process.exitCode = await runIngest(paths, opts);
  });

program
  .command('serve')
  .description(
    'Serve GraphQL (and the dashboard) over HTTP; starts the local Neo4j when NEO4J_URI is not set.',
  )
  .action(async () => {
    // Production unless told otherwise: graphql-js then skips its development-only checks
    // (a cross-realm test on every failed instanceof, a visible share of a busy server's CPU).
    process.env.NODE_ENV ??= 'production';
    const { runServe } = await import('./commands/serve-command.js');
    process.exitCode = await runServe();
  });

const db = program
  .command('db')
  .description('Manage the local Neo4j used when NEO4J_URI is not set.');
for (const action of ['start', 'stop', 'status', 'build'] as const) {
  db.command(action)
    .description(
      {
        start:
          'build the launcher if needed, start Neo4j in the background and print its bolt:// URI',
        stop: 'stop the background Neo4j',
        status: 'say whether the background Neo4j runs, and where',
        build: 'build the Neo4j launcher with Maven',
      }[action],
    )
    .action(async () => {
      const { runDb } = await import('./commands/db-command.js');
      process.exitCode = await runDb(action);
    });
}

await program.parseAsync(process.argv);
