import type { EntityType, Extraction } from '../model/extraction.js';
import { entityKey } from './entity-key.js';
import { isAcronym, nameAcronym } from './name-acronym.js';
import { normalizeName } from './normalize-name.js';
import { placeQualifier, type PlaceQualifier } from './place-qualifier.js';

/** The extracted-entity id given to the article's outlet (Article.source). */
export const OUTLET_SOURCE_ID = '@outlet';

/** An extracted entity in the form the writer resolves and stores. */
export interface PreparedEntity {
  /** The extraction's entity id ("e1"), or OUTLET_SOURCE_ID for the outlet. */
  sourceId: string;
  type: EntityType;
  name: string;
  normName: string;
  /** Other surface forms, trimmed, without the name itself. */
  aliases: string[];
  /** Normalised aliases plus aliases with a known title removed ("president trump" -> "trump"), without normName. */
  normAliases: string[];
  titles: string[];
  qualifier: PlaceQualifier | null;
  /** Initials of a multi-word organization name ("fbi"), else null. */
  acronym: string | null;
  /** True when the name itself is written as an acronym ("FBI"). */
  nameIsAcronym: boolean;
  key: string;
  /** Mentions in body and title. */
  count: number;
  /** Body offsets as [start0, end0, start1, end1, ...], sorted. */
  offsets: number[];
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/**
 * Normalises the entities of an extraction (plus the outlet, when Article.source is known) for
 * resolution. Entities whose name normalises to nothing are left out; callers drop references
 * to them.
 */
export function prepareEntities(extraction: Extraction): PreparedEntity[] {
  const places = extraction.entities
    .filter((e) => e.type === 'PLACE')
    .map((e) => normalizeName(e.name));
  const prepared: PreparedEntity[] = [];
  for (const entity of extraction.entities) {
    const name = entity.name.trim();
    const normName = normalizeName(name);
    if (normName === '') continue;
    const normTitles = entity.titles.map(normalizeName).filter(Boolean);
    const aliases = unique(entity.aliases.map((a) => a.trim())).filter(
      (a) => a !== '' && a !== name,
    );
    const normAliases = unique(
      aliases.flatMap((alias) => {
        const norm = normalizeName(alias);
        const title = normTitles.find((t) => norm.startsWith(`${t} `));
        return title ? [norm, norm.slice(title.length + 1)] : [norm];
      }),
    ).filter((a) => a !== '' && a !== normName);
    const qualifier = entity.type === 'PLACE' ? placeQualifier(normName, places) : null;
    const offsets = entity.mentions
      .filter((m) => (m.field ?? 'body') === 'body')
      .map((m) => [m.start, m.end] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .flat();
    prepared.push({
      sourceId: entity.id,
      type: entity.type,
      name,
      normName,
      aliases,
      normAliases,
      titles: unique(entity.titles.map((t) => t.trim()).filter(Boolean)),
      qualifier,
      acronym: entity.type === 'ORGANIZATION' ? nameAcronym(name) : null,
      nameIsAcronym: entity.type === 'ORGANIZATION' && isAcronym(name),
      key: entityKey(entity.type, normName, qualifier),
      count: entity.mentions.length,
      offsets,
    });
  }
  const outlet = extraction.article.source?.trim() ?? '';
  const outletNorm = normalizeName(outlet);
  if (outletNorm !== '') {
    prepared.push({
      sourceId: OUTLET_SOURCE_ID,
      type: 'ORGANIZATION',
      name: outlet,
      normName: outletNorm,
      aliases: [],
      normAliases: [],
      titles: [],
      qualifier: null,
      acronym: nameAcronym(outlet),
      nameIsAcronym: isAcronym(outlet),
      key: entityKey('ORGANIZATION', outletNorm, null),
      count: 0,
      offsets: [],
    });
  }
  return prepared;
}
