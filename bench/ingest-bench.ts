/**
 * Ingest benchmark: generates a deterministic corpus of news-like articles (default 10,000,
 * about 600 words, ~15 entities and ~8 quotes each) as NDJSON in a temp dir, starts a fresh
 * local Neo4j (heap 2g) on a free port, ingests it through the real pipeline
 * (read -> extract -> write) and reports articles/second and the peak RSS of this process.
 *
 *   npm run bench:ingest                       # 10,000 articles, default batch size
 *   BENCH_ARTICLES=2000 npm run bench:ingest   # fewer while developing
 *   BENCH_BATCH_SIZES=1,10,50,100 ...          # one phase per batch size, each on its own
 *                                              # slice of the corpus, into the same graph
 *   BENCH_WRITES_IN_FLIGHT=1 ...               # batches written at once (default 2)
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { Database } from '../src/graph/database.js';
import { GraphWriter } from '../src/graph/graph-writer.js';
import { freePort, startAttached } from '../src/graph/local-neo4j.js';
import { migrate } from '../src/graph/migrations.js';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_WRITES_IN_FLIGHT,
  ingestArticles,
  type IngestSummary,
} from '../src/ingest-articles.js';
import { extract } from '../src/extract/index.js';
import { readArticleSources } from '../src/ingest/index.js';
import type { Article } from '../src/model/article.js';
import { processCpuMs } from './process-cpu.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const BATCH_SIZES = (process.env.BENCH_BATCH_SIZES ?? String(DEFAULT_BATCH_SIZE))
  .split(',')
  .map(Number);
const WRITES_IN_FLIGHT = Number(process.env.BENCH_WRITES_IN_FLIGHT ?? DEFAULT_WRITES_IN_FLIGHT);

// ---- Deterministic corpus -------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so every run writes the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Charles',
  'Karen',
  'Daniel',
  'Nancy',
  'Matthew',
  'Lisa',
  'Anthony',
  'Betty',
  'Mark',
  'Margaret',
  'Steven',
  'Sandra',
  'Paul',
  'Ashley',
  'Andrew',
  'Emily',
  'Joshua',
  'Donna',
  'Kevin',
  'Michelle',
  'Brian',
  'Carol',
];
const SYLLABLES = [
  'bar',
  'ven',
  'tor',
  'mal',
  'dex',
  'rin',
  'sol',
  'kar',
  'lan',
  'mer',
  'not',
  'pel',
  'quin',
  'ros',
  'sta',
  'tul',
  'vor',
  'wes',
  'yar',
  'zel',
  'hol',
  'gri',
  'fen',
  'dor',
];
const PLACES = [
  'Ohio',
  'Texas',
  'Florida',
  'Arizona',
  'Nevada',
  'Michigan',
  'Oregon',
  'Iowa',
  'Kansas',
  'Maine',
  'Chicago',
  'Houston',
  'Phoenix',
  'Denver',
  'Boston',
  'Seattle',
  'Atlanta',
  'Miami',
  'Detroit',
  'Portland',
  'France',
  'Germany',
  'Japan',
  'Canada',
  'Mexico',
  'Brazil',
  'India',
  'Kenya',
  'Poland',
  'Egypt',
];
const ORG_HEADS = [
  'Department of',
  'National Council on',
  'Institute for',
  'Committee on',
  'Office of',
];
const ORG_TOPICS = [
  'Energy',
  'Transportation',
  'Housing',
  'Public Health',
  'Water Policy',
  'Rural Affairs',
  'Labor Statistics',
  'Coastal Research',
  'Veterans Services',
  'Trade',
];
const OUTLETS = [
  'Daily Ledger',
  'Morning Courier',
  'Evening Standard Post',
  'Valley Tribune',
  'Harbor Gazette',
  'Capitol Wire',
  'Plains Herald',
  'Metro Dispatch',
];
const WORDS = [
  'budget',
  'plan',
  'vote',
  'people',
  'future',
  'community',
  'program',
  'funding',
  'families',
  'jobs',
  'process',
  'decision',
  'support',
  'change',
  'proposal',
  'schools',
  'roads',
  'costs',
  'workers',
  'state',
];
const FILLER = [
  'Officials said the measure would take effect next year.',
  'The proposal drew sharp criticism from opponents.',
  'Lawmakers are expected to return to the issue later this month.',
  'Local groups have been pressing for changes for years.',
  'The agency did not immediately respond to a request for comment.',
  'Critics questioned whether the numbers added up.',
  'Several residents attended the public hearing on Tuesday.',
  'A final decision is expected before the end of the session.',
];

const pick = <T>(rnd: () => number, list: readonly T[]): T =>
  list[Math.floor(rnd() * list.length)] as T;
/** Skewed toward the start of the list, like real news: a few names recur a lot. */
const pickSkewed = <T>(rnd: () => number, list: readonly T[]): T =>
  list[Math.floor(rnd() ** 2.5 * list.length)] as T;
const surname = (i: number) => {
  const s =
    SYLLABLES[i % SYLLABLES.length]! +
    SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]! +
    (i >= 576 ? SYLLABLES[(i * 7) % SYLLABLES.length]! : '');
  return s[0]!.toUpperCase() + s.slice(1);
};
const PEOPLE = Array.from({ length: 2000 }, (_, i) => ({
  first: FIRST[(i * 13) % FIRST.length]!,
  last: surname(i),
}));
const ORGS = ORG_HEADS.flatMap((h) => ORG_TOPICS.map((t) => `${h} ${t}`));

function sentence(rnd: () => number, words: number): string {
  const out = Array.from({ length: words }, () => pick(rnd, WORDS));
  return `We will ${out.join(' ')} for this ${pick(rnd, WORDS)}`;
}

/** The i-th article of the corpus (same i, same article). */
function generateArticle(i: number): Record<string, unknown> {
  const rnd = random(i + 1);
  const people = [...new Set(Array.from({ length: 7 }, () => pickSkewed(rnd, PEOPLE)))];
  const orgs = [...new Set(Array.from({ length: 4 }, () => pickSkewed(rnd, ORGS)))];
  const places = [...new Set(Array.from({ length: 5 }, () => pick(rnd, PLACES)))];
  const paragraphs: string[] = [];
  paragraphs.push(
    `${places[0]} officials and the ${orgs[0]} met on Monday as ${people[0]!.first} ${people[0]!.last} outlined a new plan for ${places[1] ?? places[0]}.`,
  );
  for (let q = 0; q < 8; q += 1) {
    const p = people[q % people.length]!;
    const firstTime = q < people.length;
    // Some quotes recur across outlets: the same speaker's "signature" words.
    const text =
      rnd() < 0.15
        ? `Our ${WORDS[PEOPLE.indexOf(p) % WORDS.length]} comes first and it always will`
        : sentence(rnd, 12 + Math.floor(rnd() * 10));
    const who = firstTime
      ? `${p.first} ${p.last}, a spokesperson for the ${pick(rnd, orgs)},`
      : p.last;
    paragraphs.push(`"${text}," ${who} said. ${pick(rnd, FILLER)} ${pick(rnd, FILLER)}`);
    paragraphs.push(
      `In ${pick(rnd, places)}, ${pick(rnd, FILLER).toLowerCase()} ${pick(rnd, FILLER)} ${pick(rnd, FILLER)} ${pick(rnd, FILLER)}`,
    );
  }
  paragraphs.push(
    `The ${orgs[orgs.length - 1]} said it would publish its findings in ${places[places.length - 1]}. ${pick(rnd, FILLER)}`,
  );
  const day = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000 + (i % 24) * 3_600_000);
  return {
    title: `${people[0]!.last} outlines plan for ${places[0]} (${i})`,
    url: `https://bench.example/${i}`,
    source: OUTLETS[i % OUTLETS.length],
    author: `${pick(rnd, FIRST)} ${surname(1900 + (i % 90))}`,
    publishedAt: day.toISOString(),
    body: paragraphs.join('\n\n'),
  };
}

async function writeCorpus(file: string, from: number, to: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = from; i < to; i += 1) {
    if (!out.write(`${JSON.stringify(generateArticle(i))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

// ---- Run ---------------------------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
const neo4j = await startAttached({
  dataDir: join(dir, 'neo4j'),
  port: await freePort(),
  heap: '2g',
  pageCache: '512m',
  log: () => {},
});
const db = new Database({ uri: neo4j.uri });
try {
  await migrate(db);
  const writer = new GraphWriter(db);
  const perPhase = Math.floor(ARTICLES / BATCH_SIZES.length);
  console.log(
    `corpus: ${ARTICLES} articles in ${dir}; Neo4j at ${neo4j.uri}; ${WRITES_IN_FLIGHT} writes in flight`,
  );
  for (const [phase, batchSize] of BATCH_SIZES.entries()) {
    const file = join(dir, `corpus-${phase}.ndjson`);
    await writeCorpus(file, phase * perPhase, (phase + 1) * perPhase);
    let failures = 0;
    let extractMs = 0;
    const timedExtract = (article: Article) => {
      const t = performance.now();
      const extraction = extract(article);
      extractMs += performance.now() - t;
      return extraction;
    };
    const cpuBefore = { node: process.cpuUsage(), neo4j: processCpuMs(neo4j.pid) };
    const summary: IngestSummary = await ingestArticles(readArticleSources([file]), writer, {
      batchSize,
      writesInFlight: WRITES_IN_FLIGHT,
      extract: timedExtract,
      onEvent: (e) => {
        if ('failure' in e && failures++ < 3) console.log(`  failed: ${e.failure.reason}`);
      },
    });
    const nodeCpu = process.cpuUsage(cpuBefore.node);
    const nodeCpuMs = (nodeCpu.user + nodeCpu.system) / 1000;
    const neo4jCpuMs = processCpuMs(neo4j.pid) - cpuBefore.neo4j;
    const written = summary.new + summary.updated;
    console.log(
      `batch ${String(batchSize).padStart(3)}: ${summary.new} new, ${summary.failed} failed in ${(summary.elapsedMs / 1000).toFixed(1)} s ` +
        `= ${summary.articlesPerSecond.toFixed(1)} articles/s; per article ${(summary.entities / Math.max(1, written)).toFixed(1)} entities, ` +
        `${(summary.statements / Math.max(1, written)).toFixed(1)} statements; ` +
        `extraction ${(extractMs / Math.max(1, written)).toFixed(1)} ms/article (${((100 * extractMs) / summary.elapsedMs).toFixed(0)}% of the time)`,
    );
    // Node runs on one core at most; Neo4j's threads (queries, GC, JIT, index updates) use
    // what is left: with two cores to themselves, both bounds hold.
    const perArticle = (ms: number) => ms / Math.max(1, written);
    const bound = Math.max(perArticle(nodeCpuMs), perArticle(nodeCpuMs + neo4jCpuMs) / 2);
    console.log(
      `           CPU per article: Node ${perArticle(nodeCpuMs).toFixed(1)} ms, Neo4j ${perArticle(neo4jCpuMs).toFixed(1)} ms ` +
        `-> about ${(1000 / bound).toFixed(0)} articles/s on an otherwise idle 2-core machine`,
    );
  }
  const totals = await writer.totals();
  console.log(
    `graph: ${totals.articles} articles, ${totals.entities} entities, ${totals.statements} statements`,
  );
  console.log(
    `peak RSS of the Node process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
} finally {
  await db.close();
  await neo4j.stop();
  rmSync(dir, { recursive: true, force: true });
}
