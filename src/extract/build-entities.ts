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
 * (titled forms included), mentions in body and title only (dek offsets have no field).
 */
export function buildEntities(clusters: Cluster[]): BuiltEntity[] {
  const firstPos = (c: Cluster): number => Math.min(...c.mentions.map((m) => (m.field === 'body' ? m.start + 1e9 : m.start)));
  const sorted = [...clusters].sort((a, b) => firstPos(a) - firstPos(b));
  return sorted.map((cluster, i) => {
    const longest = longestName(cluster);
    const name = cluster.canonical ?? (longest === longest.toUpperCase() && longest.length > 5 ? titleCase(longest) : longest);
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
    const mentions: Mention[] = cluster.mentions
      .filter((m) => m.field !== 'dek')
      .sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1))
      .map((m) => ({ start: m.start, end: m.end, text: m.text, field: m.field === 'title' ? 'title' : 'body' }));
    const entity: ExtractedEntity = { id: `e${i + 1}`, type: cluster.type, name, aliases, titles: [...cluster.titles], mentions };
    return { entity, cluster };
  });
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
