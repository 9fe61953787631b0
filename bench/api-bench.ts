/**
 * API load benchmark (`npm run bench:api`).
 *
 * 1. Starts a throwaway local Neo4j (or uses BENCH_NEO4J_URI: empty, or loaded by an earlier
 *    run, which is reused; BENCH_NEO4J_PID names its process for CPU figures), migrates,
 *    and writes 10,000 generated articles straight with Cypher, following the property model
 *    of src/graph/model.ts: 800 entities, ~5 mentions and 3 statements per article.
 * 2. Starts the API server in this process.
 * 3. Loads it from a second process (this file with `--load`) running autocannon: four query
 *    types at once, 4 connections each (16 in all), first for BENCH_WARMUP_SECONDS (default 90,
 *    not measured), then for BENCH_SECONDS (default 15). The warm-up is long because Neo4j's JIT
 *    is slow to settle: on a fresh JVM, Neo4j's CPU time per request falls by about a third
 *    between the first and the second minute of this load.
 * 4. Prints a table: requests, throughput and p50/p99 latency per query type against the
 *    targets, with the machine's load average before and after (other processes on a small
 *    machine move these figures a lot; compare runs only at a similar load), and the CPU time
 *    per request of the server and of Neo4j, and the server's garbage-collection pauses.
 * 5. Runs each query type alone on one connection for BENCH_COST_SECONDS (default 5; 0 skips
 *    this) and prints what one request of each type costs the server and Neo4j.
 *
 * BENCH_TYPES=who-said-what,entity loads only those query types (to profile one of them).
 *
 * BENCH_AGGREGATE_TTL_MS=0 turns off the reuse of dashboard aggregates (src/api/aggregate-cache.ts)
 * to measure their queries themselves.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { startApiServer } from '../src/api/start-api-server.js';
import { createArticleStore } from '../src/commands/serve-command.js';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/graph/database.js';
import { freePort, startAttached, type RunningNeo4j } from '../src/graph/local-neo4j.js';
import { migrate } from '../src/graph/migrations.js';
import { normalizeName } from '../src/graph/normalize-name.js';
import { processCpuMs } from './process-cpu.js';

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  non2xx: number;
}
type Autocannon = (
  options: Record<string, unknown>,
  done: (err: Error | null, result: AutocannonResult) => void,
) => unknown;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 90);
const AGGREGATE_TTL_MS =
  process.env.BENCH_AGGREGATE_TTL_MS === undefined
    ? undefined
    : Number(process.env.BENCH_AGGREGATE_TTL_MS);
const COST_SECONDS = Number(process.env.BENCH_COST_SECONDS ?? 5);
/** Query types to load (comma-separated names, e.g. `who-said-what`; default all four). */
const ONLY_TYPES = (process.env.BENCH_TYPES ?? '').split(',').filter((t) => t !== '');
const CONNECTIONS_PER_TYPE = 4;
const PEOPLE = 500;
const ORGS = 200;
const PLACES = 100;
const BATCH = 1_000;

interface LoadSpec {
  url: string;
  speakers: string[];
  entityIds: string[];
}

interface TypeResult {
  type: string;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  target: number;
}

/** Deterministic pseudo-random numbers (mulberry32) so every run loads the same corpus. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ada',
  'Bram',
  'Cora',
  'Dane',
  'Elin',
  'Fitz',
  'Gwen',
  'Hale',
  'Iris',
  'Jory',
  'Kira',
  'Lars',
  'Mira',
  'Nico',
  'Oona',
  'Pell',
  'Quin',
  'Rhea',
  'Sven',
  'Tova',
];
const LAST = [
  'Ashby',
  'Brook',
  'Crane',
  'Dorsey',
  'Ellery',
  'Frost',
  'Garrow',
  'Hollis',
  'Ingram',
  'Jessop',
  'Kestrel',
  'Lowry',
  'Marlow',
  'Nettle',
  'Orme',
  'Pryce',
  'Quarry',
  'Rook',
  'Sallow',
  'Thorne',
  'Umber',
  'Vane',
  'Wren',
  'Yarrow',
  'Zeal',
];

interface GenEntity {
  id: string;
  type: 'PERSON' | 'ORGANIZATION' | 'PLACE';
  name: string;
  aliases: string[];
}

function generateEntities(): GenEntity[] {
  const entities: GenEntity[] = [];
  for (let i = 0; i < PEOPLE; i += 1) {
    const last = `${LAST[i % LAST.length]}${Math.floor(i / LAST.length) || ''}`;
    entities.push({
      id: `bp${i}`,
      type: 'PERSON',
      name: `${FIRST[i % FIRST.length]} ${last}`,
      aliases: [last],
    });
  }
  for (let i = 0; i < ORGS; i += 1)
    entities.push({
      id: `bo${i}`,
      type: 'ORGANIZATION',
      name: `${LAST[i % LAST.length]} Holdings ${i}`,
      aliases: [],
    });
  for (let i = 0; i < PLACES; i += 1)
    entities.push({
      id: `bl${i}`,
      type: 'PLACE',
      name: `Port ${LAST[i % LAST.length]} ${i}`,
      aliases: [],
    });
  return entities;
}

async function loadCorpus(db: Database, entities: GenEntity[]): Promise<void> {
  const labels = { PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place' } as const;
  for (const type of ['PERSON', 'ORGANIZATION', 'PLACE'] as const) {
    await db.write({
      cypher: `UNWIND $rows AS row
        CREATE (e:Entity:${labels[type]} {id: row.id, key: row.id, type: row.type, name: row.name, normName: row.normName,
          aliases: row.aliases, normAliases: row.normAliases, aliasText: row.aliasText, titles: [], matchedBy: []})`,
      params: {
        rows: entities
          .filter((e) => e.type === type)
          .map((e) => ({
            ...e,
            normName: normalizeName(e.name),
            normAliases: e.aliases.map(normalizeName),
            aliasText: [e.name, ...e.aliases].join(' '),
          })),
      },
    });
  }
  const rand = random(42);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const speakers = entities.filter((e) => e.type !== 'PLACE');
  const start = Date.parse('2024-01-01T00:00:00Z');
  const span = 2 * 365 * 86_400_000;
  for (let first = 0; first < ARTICLES; first += BATCH) {
    const articles = [];
    const statements = [];
    for (let i = first; i < Math.min(first + BATCH, ARTICLES); i += 1) {
      const publishedAt = new Date(start + Math.floor(rand() * span)).toISOString();
      const named = [...new Set(Array.from({ length: 5 }, () => pick(entities)))];
      let body = '';
      const mentions = named.map((e) => {
        const at = body.length;
        body += `${e.name} was named. `;
        return { entityId: e.id, start: at, end: at + e.name.length };
      });
      for (let k = 0; k < 3; k += 1) {
        const speaker = pick(speakers);
        const about = pick(named);
        const text = `Statement ${i}-${k} on ${about.name} and the ${pick(['budget', 'harbor', 'election', 'bridge', 'tariff', 'school'])} plan`;
        const at = body.length;
        body += `"${text}," ${speaker.name} said. `;
        statements.push({
          id: `bs${i}-${k}`,
          articleId: `ba${i}`,
          speakerId: speaker.id,
          aboutId: about.id,
          text,
          publishedAt,
          start: at,
          end: body.length - 1,
        });
      }
      articles.push({
        id: `ba${i}`,
        title: `Generated article ${i}`,
        source: pick(['Valley Ledger', 'Coast Courier', 'Metro Post']),
        publishedAt,
        body,
        mentions,
      });
    }
    await db.write({
      cypher: `UNWIND $articles AS row
        CREATE (a:Article {id: row.id, title: row.title, source: row.source, body: row.body, publishedAt: datetime(row.publishedAt),
          ingestedAt: datetime(), contentHash: row.id})
        WITH a, row
        UNWIND row.mentions AS m
        MATCH (e:Entity {id: m.entityId})
        CREATE (a)-[:MENTIONS {count: 1, offsets: [m.start, m.end]}]->(e)`,
      params: { articles },
    });
    await db.write({
      cypher: `UNWIND $statements AS row
        MATCH (a:Article {id: row.articleId}), (sp:Entity {id: row.speakerId}), (about:Entity {id: row.aboutId})
        CREATE (s:Statement {id: row.id, quoteKey: row.id, text: row.text, kind: 'DIRECT', cue: 'said', confidence: 0.9,
          firstReportedAt: datetime(row.publishedAt)})
        CREATE (sp)-[:SAID]->(s)
        CREATE (s)-[:IN {start: row.start, end: row.end, cue: 'said'}]->(a)
        CREATE (s)-[:MENTIONS]->(about)`,
      params: { statements },
    });
  }
}

/** The four query types, each with a function making a request body. */
function queryTypes(spec: LoadSpec, rand: () => number) {
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const body = (query: string, variables: Record<string, unknown>) =>
    JSON.stringify({ query, variables });
  return [
    {
      type: 'who-said-what',
      target: 50,
      body: () =>
        body(
          'query ($s: String) { statements(filter: {speaker: $s}, first: 20) { totalCount edges { node { text firstReportedAt speaker { name } articles { title source } } } } }',
          {
            s: pick(spec.speakers),
          },
        ),
    },
    {
      type: 'entity',
      target: 50,
      body: () =>
        body('query ($id: ID!) { entity(id: $id) { id name aliases mentionCount articleCount } }', {
          id: pick(spec.entityIds),
        }),
    },
    {
      type: 'related',
      target: 250,
      body: () =>
        body(
          'query ($id: ID!) { entity(id: $id) { name related(first: 10) { articleCount entity { name } } } }',
          { id: pick(spec.entityIds) },
        ),
    },
    {
      type: 'topSpeakers',
      target: 250,
      body: () =>
        body(
          'query ($from: DateTime) { topSpeakers(first: 10, from: $from) { count entity { name } } }',
          {
            from: pick(['2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '2025-10-01T00:00:00Z']),
          },
        ),
    },
  ];
}

/** A Markdown table; the first column is left-aligned, the rest right-aligned but the last. */
function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const left = (i: number) => i === 0 || (i === header.length - 1 && header[i] === 'met?');
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (left(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (left(i) ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** The mixed-load results as a Markdown table, with the 1-minute load average around the run. */
function printTable(results: TypeResult[], load: { before: number; after: number }): string {
  const rows = results.map((r) => [
    r.type,
    String(r.requests),
    r.rps.toFixed(0),
    String(r.p50),
    String(r.p90),
    String(r.p99),
    String(r.max),
    `< ${r.target}`,
    r.errors + r.non2xx > 0
      ? `no (${r.errors} errors, ${r.non2xx} non-2xx)`
      : r.p99 < r.target
        ? 'yes'
        : 'no',
  ]);
  return [
    '',
    `${SECONDS} s, ${CONNECTIONS_PER_TYPE} connections per query type; load average (1 min) ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after, on ${cpus().length} cores`,
    '',
    markdownTable(
      [
        'query',
        'requests',
        'req/s',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'max ms',
        'target p99 ms',
        'met?',
      ],
      rows,
    ),
  ].join('\n');
}

/** What the load process is asked to run: query types at once, for some seconds. */
interface Phase {
  types: string[];
  seconds: number;
  connectionsPerType: number;
}

/** The second process: runs one phase with autocannon and prints its results as JSON. */
async function runLoad(spec: LoadSpec, phase: Phase): Promise<void> {
  const rand = random(7);
  const types = queryTypes(spec, rand).filter((q) => phase.types.includes(q.type));
  const results = await Promise.all(
    types.map(
      (q) =>
        new Promise<TypeResult>((resolveRun, reject) => {
          autocannon(
            {
              url: `${spec.url}/graphql`,
              connections: phase.connectionsPerType,
              duration: phase.seconds,
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              requests: [
                { setupRequest: (req: Record<string, unknown>) => ({ ...req, body: q.body() }) },
              ],
            },
            (err, result) => {
              if (err) reject(err);
              else
                resolveRun({
                  type: q.type,
                  requests: result.requests.total,
                  rps: result.requests.average,
                  p50: result.latency.p50,
                  p90: result.latency.p90,
                  max: result.latency.max,
                  p99: result.latency.p99,
                  errors: result.errors,
                  non2xx: result.non2xx,
                  target: q.target,
                });
            },
          );
        }),
    ),
  );
  const own = process.cpuUsage();
  process.stdout.write(JSON.stringify({ results, cpuMs: (own.user + own.system) / 1000 }));
}

/** Counts this process's garbage-collection pauses until `stop()`. */
function watchGc(): { stop: () => { count: number; totalMs: number; maxMs: number } } {
  const pauses = { count: 0, totalMs: 0, maxMs: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      pauses.count += 1;
      pauses.totalMs += entry.duration;
      pauses.maxMs = Math.max(pauses.maxMs, entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop: () => {
      observer.disconnect();
      return pauses;
    },
  };
}

/** CPU milliseconds used so far by the server (this process) and by Neo4j. */
function cpuNow(neo4jPid: number | undefined): { server: number; neo4j: number } {
  const own = process.cpuUsage();
  return {
    server: (own.user + own.system) / 1000,
    neo4j: neo4jPid === undefined ? Number.NaN : processCpuMs(neo4jPid),
  };
}

/**
 * Runs one phase in a second process (so the load generator's CPU is not the server's) and
 * returns its results with the CPU time the server and Neo4j spent during it.
 */
async function loadPhase(
  spec: LoadSpec,
  phase: Phase,
  neo4jPid: number | undefined,
): Promise<{ results: TypeResult[]; cpuMs: { server: number; neo4j: number; load: number } }> {
  const before = cpuNow(neo4jPid);
  const output = await new Promise<string>((resolveLoad, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        '--load',
        JSON.stringify(spec),
        JSON.stringify(phase),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolveLoad(out) : reject(new Error(`load process exited with ${code}`)),
    );
  });
  const after = cpuNow(neo4jPid);
  const load = JSON.parse(output) as { results: TypeResult[]; cpuMs: number };
  return {
    results: load.results,
    cpuMs: {
      server: after.server - before.server,
      neo4j: after.neo4j - before.neo4j,
      load: load.cpuMs,
    },
  };
}

/**
 * Each query type alone on one connection: its latency with the machine to itself and the
 * CPU time one request costs the server and Neo4j. These say where the mixed load's time goes.
 */
async function costPerType(
  spec: LoadSpec,
  types: string[],
  neo4jPid: number | undefined,
): Promise<string> {
  const rows: string[][] = [];
  for (const type of types) {
    const phase = { types: [type], seconds: COST_SECONDS, connectionsPerType: 1 };
    const { results, cpuMs } = await loadPhase(spec, phase, neo4jPid);
    const [r] = results;
    if (!r) continue;
    rows.push([
      type,
      r.rps.toFixed(0),
      String(r.p50),
      String(r.p99),
      (cpuMs.server / r.requests).toFixed(2),
      (cpuMs.neo4j / r.requests).toFixed(2),
    ]);
  }
  return markdownTable(
    [
      'query alone, 1 connection',
      'req/s',
      'p50 ms',
      'p99 ms',
      'server CPU ms/req',
      'Neo4j CPU ms/req',
    ],
    rows,
  );
}

async function main(): Promise<void> {
  let neo4j: RunningNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.BENCH_NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
    const started = Date.now();
    neo4j = await startAttached({ dataDir, port: await freePort(), pageCache: '512m', heap: '2g' });
    uri = neo4j.uri;
    console.log(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  // With BENCH_NEO4J_URI, BENCH_NEO4J_PID lets the bench read that server's CPU time.
  const neo4jPid = neo4j?.pid ?? (Number(process.env.BENCH_NEO4J_PID) || undefined);
  // The server's own read settings (NEWSGRAPH_READ_CONCURRENCY and its background share), so
  // their effect can be measured here.
  const { readConcurrency, backgroundReadConcurrency } = loadConfig();
  const db = new Database({
    uri,
    queryTimeoutMs: 10_000,
    readConcurrency,
    backgroundReadConcurrency,
  });
  try {
    await migrate(db);
    const entities = generateEntities();
    const loadStarted = Date.now();
    const [stored] = await db.read({ cypher: 'RETURN COUNT { (:Article) } AS n', params: {} });
    // A BENCH_NEO4J_URI database loaded by an earlier run is reused as it is.
    if (stored?.n === 0) await loadCorpus(db, entities);
    const [counts] = await db.read({
      cypher:
        'RETURN COUNT { (:Article) } AS articles, COUNT { (:Statement) } AS statements, COUNT { ()-[:MENTIONS]->() } AS mentions',
      params: {},
    });
    console.log(
      `loaded ${counts?.articles} articles, ${counts?.statements} statements, ${counts?.mentions} mentions in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`,
    );

    const server = await startApiServer({
      db,
      store: createArticleStore(db),
      logger: pino({ level: 'warn' }),
      http: { host: '127.0.0.1', port: 0, corsOrigins: ['*'], maxBodyBytes: 1_000_000 },
      auth: { apiKeys: [], queriesRequireKey: false },
      aggregateTtlMs: AGGREGATE_TTL_MS,
    });
    const spec: LoadSpec = {
      url: server.url,
      speakers: entities
        .filter((e) => e.type === 'PERSON')
        .slice(0, 200)
        .map((e) => e.name),
      entityIds: entities.map((e) => e.id),
    };
    // Warm up query plans and caches before measuring.
    const warm = queryTypes(spec, random(1)).filter(
      (q) => ONLY_TYPES.length === 0 || ONLY_TYPES.includes(q.type),
    );
    for (let i = 0; i < 20; i += 1) {
      for (const q of warm)
        await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: q.body(),
        });
    }
    console.log(
      `loading the server for ${WARMUP_SECONDS} s (warm-up) + ${SECONDS} s: ${warm.length} query types x ${CONNECTIONS_PER_TYPE} connections ...`,
    );
    const types = warm.map((q) => q.type);
    const mix = { types, connectionsPerType: CONNECTIONS_PER_TYPE };
    const loadBefore = loadavg()[0] ?? 0;
    // First the same load unmeasured, so both JITs (Node's and Neo4j's JVM) and caches are warm.
    await loadPhase(spec, { ...mix, seconds: WARMUP_SECONDS }, neo4jPid);
    const gc = watchGc();
    const measured = await loadPhase(spec, { ...mix, seconds: SECONDS }, neo4jPid);
    const pauses = gc.stop();
    console.log(printTable(measured.results, { before: loadBefore, after: loadavg()[0] ?? 0 }));
    // CPU time per request is steadier than latency when other work shares the machine.
    const requests = measured.results.reduce((n, r) => n + r.requests, 0);
    const perRequest = (ms: number) => (ms / requests).toFixed(2);
    console.log(
      `\nCPU per request (mix, measured part): server ${perRequest(measured.cpuMs.server)} ms, ` +
        `Neo4j ${perRequest(measured.cpuMs.neo4j)} ms, load generator ${perRequest(measured.cpuMs.load)} ms`,
    );
    // Every in-flight request waits out a pause of the server's garbage collector.
    console.log(
      `Server GC pauses (measured part): ${pauses.count}, ${((100 * pauses.totalMs) / (SECONDS * 1000)).toFixed(1)}% of the time, longest ${pauses.maxMs.toFixed(1)} ms`,
    );
    if (COST_SECONDS > 0) {
      console.log(`\nEach query type alone for ${COST_SECONDS} s:\n`);
      console.log(await costPerType(spec, types, neo4jPid));
    }
    await server.close();
  } finally {
    await db.close();
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--load') {
  await runLoad(
    JSON.parse(process.argv[3] ?? '{}') as LoadSpec,
    JSON.parse(process.argv[4] ?? '{}') as Phase,
  );
} else {
  await main();
}
