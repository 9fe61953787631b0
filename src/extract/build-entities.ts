import type { ExtractedEntity, Mention } from '../model/extraction.js';
import type { Cluster } from './cluster-entities.js';
import { longestName } from './cluster-entities.js';
import { foldKey } from './lexicon.js';

/** An output entity with the cluster it came from, for statement attribution. */
export interface BuiltEntity {
  entity: ExtractedEntity;
  cluster: Cluster;
}

/**
 * Turns clusters into output entities ("e1", "e2", ... in order of first appearance):
 * the name is the gazetteer name or the fullest form, aliases every other form used
 * (titled forms included), mentions in body, dek and title (each with offsets into its own text).
 */
export function buildEntities(clusters: Cluster[]): BuiltEntity[] {
  const firstPos = (c: Cluster): number =>
    Math.min(...c.mentions.map((m) => (m.field === 'body' ? m.start + 1e9 : m.start)));
  const sorted = [...clusters].sort((a, b) => firstPos(a) - firstPos(b));
  return sorted.map((cluster, i) => {
    const longest = longestName(cluster);
    const name =
      cluster.canonical ?? (isShouted(longest, cluster.type) ? titleCase(longest) : longest);
    const seen = new Set([foldKey(name)]);
    const aliases: string[] = [];
    const add = (s: string): void => {
      const k = foldKey(s);
      if (!seen.has(k) && s.trim()) {
        seen.add(k);
        aliases.push(s);
      }
    };
    for (const m of cluster.mentions) {
      add(m.text.replace(/['’]s$/u, ''));
      for (const t of m.titles) add(`${t} ${m.text}`);
    }
    for (const a of cluster.extraAliases) add(a);
    const mentions: Mention[] = cluster.mentions
      .sort((a, b) =>
        a.field === b.field ? a.start - b.start : FIELD_ORDER[a.field] - FIELD_ORDER[b.field],
      )
      .map((m) => ({ start: m.start, end: m.end, text: m.text, field: m.field }));
    const entity: ExtractedEntity = {
      id: `e${i + 1}`,
      type: cluster.type,
      name,
      aliases,
      titles: [...cluster.titles],
      mentions,
    };
    return { entity, cluster };
  });
}

/** Mentions are listed title first, then dek, then body. */
const FIELD_ORDER = { title: 0, dek: 1, body: 2 } as const;

/**
 * An upper-case name to write in title case: a dateline or headline form ("PORTO ALEGRE"). Short
 * upper-case organization names are acronyms and stay; places and people take it from four
 * letters, so a dateline city such as "OSLO" or "BAURU" reads as a name.
 */
function isShouted(name: string, type: Cluster['type']): boolean {
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return false;
  return name.length > (type === 'ORGANIZATION' ? 5 : 3);
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
