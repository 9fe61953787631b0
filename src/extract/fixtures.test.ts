import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article.js';
import type { Extraction } from '../model/extraction.js';
import { extract } from './index.js';

/**
 * Invented articles in several outlet styles (wire, British, business, sports, court,
 * international, science, politics, local, press release) with a few key facts each:
 * entities that must be found (type + name or alias), surface forms that must not be
 * entities, who-said-what pairs that must be found, and texts that must not be statements.
 * These are spot checks of generalisation, not a full gold annotation.
 */
interface Facts {
  entities: [string, string][];
  absent: string[];
  statements: [string, string][];
  notStatements?: string[];
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
/** Share of all listed facts that must hold across the fixtures. */
const MIN_SHARE = 0.9;

/** Scorer-style comparison: case, punctuation and a leading "the" ignored. */
function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A fixture file: title line, optional dek line, "Published:" line, then the body. */
function parseFixture(raw: string): Article {
  const lines = raw.split('\n');
  const title = lines[0] ?? '';
  const pub = lines.findIndex((l) => l.startsWith('Published:'));
  const head = lines.slice(1, pub < 0 ? 1 : pub).filter((l) => l.trim());
  const body = lines
    .slice(pub < 0 ? 1 : pub + 1)
    .join('\n')
    .trim();
  return {
    id: 'fixture',
    title,
    dek: head.length === 1 ? (head[0] ?? null) : null,
    url: null,
    source: null,
    byline: null,
    publishedAt: null,
    updatedAt: null,
    body: head.length > 1 ? `${head.join('\n\n')}\n\n${body}` : body,
  };
}

function names(x: Extraction, id: string | null): string[] {
  const e = x.entities.find((en) => en.id === id);
  return e ? [e.name, ...e.aliases].map(norm) : [];
}

/** The facts of one fixture that do not hold, as readable lines. */
function misses(x: Extraction, f: Facts): { total: number; failed: string[] } {
  const failed: string[] = [];
  for (const [type, name] of f.entities) {
    if (
      !x.entities.some(
        (e) => e.type === type && [e.name, ...e.aliases].map(norm).includes(norm(name)),
      )
    )
      failed.push(`entity ${type} ${name}`);
  }
  for (const s of f.absent) {
    if (x.entities.some((e) => [e.name, ...e.aliases].map(norm).includes(norm(s))))
      failed.push(`not an entity: ${s}`);
  }
  for (const [speaker, text] of f.statements) {
    if (
      !x.statements.some(
        (s) => norm(s.text).includes(norm(text)) && names(x, s.speakerId).includes(norm(speaker)),
      )
    )
      failed.push(`statement ${speaker}: ${text}`);
  }
  for (const t of f.notStatements ?? []) {
    if (x.statements.some((s) => norm(s.text).includes(norm(t))))
      failed.push(`not a statement: ${t}`);
  }
  return {
    total:
      f.entities.length + f.absent.length + f.statements.length + (f.notStatements?.length ?? 0),
    failed,
  };
}

describe('extract: invented articles in varied outlet styles', () => {
  const files = readdirSync(DIR).filter((n) => n.endsWith('.txt'));
  it('has a facts file for each of at least twelve articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const n of files) expect(readdirSync(DIR)).toContain(n.replace(/\.txt$/, '.facts.json'));
  });
  it(`finds at least ${MIN_SHARE * 100}% of the listed facts`, () => {
    let total = 0;
    const failed: string[] = [];
    for (const n of files) {
      const facts = JSON.parse(
        readFileSync(join(DIR, n.replace(/\.txt$/, '.facts.json')), 'utf8'),
      ) as Facts;
      const r = misses(extract(parseFixture(readFileSync(join(DIR, n), 'utf8'))), facts);
      total += r.total;
      failed.push(...r.failed.map((m) => `${n}: ${m}`));
    }
    const share = (total - failed.length) / total;
    if (process.env.FIXTURE_REPORT)
      console.log(`${total - failed.length}/${total} facts\n${failed.join('\n')}`);
    expect(share, failed.join('\n')).toBeGreaterThanOrEqual(MIN_SHARE);
  });
});
