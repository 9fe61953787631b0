/**
 * Extractor throughput: builds a deterministic synthetic corpus (> 2 MB) of news-like
 * articles from templates and random words, runs `extract` over it on one core and prints
 * words per second and milliseconds per article. Run: npx tsx bench/extract-bench.ts
 */
import { extract } from '../src/extract/index.js';
import type { Article } from '../src/model/article.js';
import { testArticle } from '../src/model/test-article.js';

// Small deterministic PRNG (mulberry32) so every run measures the same corpus.
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const FIRST = [
  'Ana',
  'Marcus',
  'Priya',
  'Tomasz',
  'Keiko',
  'Olufemi',
  'Lena',
  'Rafael',
  'Grace',
  'Hamid',
  'Ingrid',
  'Joel',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Haddad',
  'Brandt',
  'Castellano',
  'Whitcomb',
  'Nakamura',
  'Osei',
  'Quintero',
];
const TITLES = ['Sen.', 'Mayor', 'Gov.', 'Dr.', 'Chief Executive', 'Judge', 'Coach', ''];
const PLACES = [
  'Denver',
  'Ohio',
  'Texas',
  'Nairobi',
  'the United States',
  'Lisbon',
  'Phoenix',
  'Gwinnett County',
];
const ORGS = [
  'Harbor Transit Authority',
  'Department of Energy',
  'Kestrel Analytics Inc.',
  'the FBI',
  'State University',
  'City Council',
];
const WORDS =
  'the plan budget would new vote court report rates water schools storm season market sales growth police union contract week policy families program costs data'.split(
    ' ',
  );
const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');

function paragraph(): string {
  const who = `${pick(FIRST)} ${pick(LAST)}`;
  const t = pick(TITLES);
  switch (Math.floor(rand() * 6)) {
    case 0:
      return `"${words(12)}, ${words(8)}," ${t ? `${t} ` : ''}${who} said. "${words(10)}."`;
    case 1:
      return `${who}, a spokesperson for the ${pick(ORGS).replace(/^the /, '')}, said the ${words(14)} in ${pick(PLACES)}.`;
    case 2:
      return `The ${words(6)} in ${pick(PLACES)} rose ${Math.floor(rand() * 90)} percent, according to ${pick(ORGS)}. She told reporters that ${words(12)}.`;
    case 3:
      return `${t ? `${t} ` : ''}${who} wrote on Facebook that the ${words(10)} was "${words(4)}" and ${words(8)}.`;
    case 4:
      return `${words(15)} ${pick(PLACES)} ${words(10)} ${pick(ORGS)} ${words(12)}.`;
    default:
      return `"${words(20)}."`;
  }
}

function buildCorpus(minBytes: number): Article[] {
  const out: Article[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const body = Array.from({ length: 12 }, paragraph).join('\n\n');
    bytes += body.length;
    out.push(
      testArticle(body, { id: `a${i}`, title: `${pick(FIRST)} ${pick(LAST)} says ${words(6)}` }),
    );
  }
  return out;
}

const corpus = buildCorpus(2.2 * 1024 * 1024);
const totalWords = corpus.reduce((n, a) => n + a.body.split(/\s+/).length, 0);
for (const a of corpus.slice(0, 20)) extract(a); // warm-up
const t0 = performance.now();
let entities = 0;
let statements = 0;
for (const a of corpus) {
  const x = extract(a);
  entities += x.entities.length;
  statements += x.statements.length;
}
const ms = performance.now() - t0;
const mb = corpus.reduce((n, a) => n + a.body.length, 0) / 1024 / 1024;
console.log(`corpus: ${corpus.length} articles, ${mb.toFixed(2)} MB, ${totalWords} words`);
console.log(`found: ${entities} entities, ${statements} statements`);
console.log(
  `throughput: ${Math.round(totalWords / (ms / 1000))} words/s, ${(ms / corpus.length).toFixed(2)} ms/article`,
);
