import type { EntityType } from '../model/extraction.js';
import type { PreparedEntity } from './prepare-entities.js';
import { stableId } from './stable-id.js';

/** A stored entity as the resolver sees it (read by buildCandidateLookup). */
export interface EntityCandidate {
  id: string;
  key: string;
  type: EntityType;
  name: string;
  normName: string;
  normAliases: string[];
  qualifier: string | null;
  acronym: string | null;
}

/**
 * Which rule tied an extracted entity to a stored one:
 * - `name`: same type and normalised name (same key);
 * - `alias`: its name is a known alias of exactly one entity, or one of its multi-word
 *   aliases is exactly one entity's name;
 * - `surname`: a one-word person name that ends the name of exactly one person ("Trump");
 * - `acronym`: an organization written as an acronym that is the initials of exactly one
 *   organization's name, or the reverse ("FBI" / "Federal Bureau of Investigation");
 * - `fullname`: a full person name whose last word is the one-word name of exactly one stored
 *   person, when no stored person already has a full name ending in it ("Donald Trump"
 *   arriving after articles that only said "Trump"); the stored entity takes the full name;
 * - `new`: none of these; a new entity is created under the entity's own key.
 */
export type ResolutionRule = 'name' | 'alias' | 'surname' | 'acronym' | 'fullname' | 'new';

export interface EntityResolution {
  /** The prepared entity this resolves. */
  entity: PreparedEntity;
  rule: ResolutionRule;
  /** Key and id of the stored entity it resolves to (a new one when rule is 'new'). */
  key: string;
  id: string;
  /** Name and normalised name of the stored entity (the entity's own when new). */
  name: string;
  normName: string;
  /** For rule `fullname`: the fuller name the stored entity should take. */
  fullName?: string;
}

function only<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

function match(
  entity: PreparedEntity,
  pool: EntityCandidate[],
): { candidate: EntityCandidate; rule: ResolutionRule } | null {
  const same = pool.filter(
    (c) =>
      c.type === entity.type &&
      (entity.type !== 'PLACE' || (c.qualifier ?? null) === entity.qualifier),
  );
  const byKey = same.find((c) => c.key === entity.key);
  if (byKey) return { candidate: byKey, rule: 'name' };
  const aliasOf = only(same.filter((c) => c.normAliases.includes(entity.normName)));
  if (aliasOf) return { candidate: aliasOf, rule: 'alias' };
  const named = only(
    same.filter((c) => c.normName.includes(' ') && entity.normAliases.includes(c.normName)),
  );
  if (named) return { candidate: named, rule: 'alias' };
  if (entity.type === 'PERSON' && !entity.normName.includes(' ')) {
    const surname = only(same.filter((c) => c.normName.endsWith(` ${entity.normName}`)));
    if (surname) return { candidate: surname, rule: 'surname' };
  }
  if (entity.type === 'PERSON' && entity.normName.includes(' ')) {
    const last = entity.normName.slice(entity.normName.lastIndexOf(' ') + 1);
    const fuller = same.some((c) => c.normName.endsWith(` ${last}`));
    const short = only(same.filter((c) => c.normName === last));
    if (short && !fuller) return { candidate: short, rule: 'fullname' };
  }
  if (entity.type === 'ORGANIZATION') {
    if (entity.nameIsAcronym) {
      const expanded = only(same.filter((c) => c.acronym === entity.normName));
      if (expanded) return { candidate: expanded, rule: 'acronym' };
    }
    if (entity.acronym) {
      const { acronym } = entity;
      const short = only(
        same.filter((c) => c.normName === acronym || c.normAliases.includes(acronym)),
      );
      if (short) return { candidate: short, rule: 'acronym' };
    }
  }
  return null;
}

/**
 * Resolves extracted entities (of one or several articles, in order) against stored
 * candidates. Entities resolved or created earlier in the list are candidates for later ones,
 * with the names they bring, so a batch resolves as if its articles were written one by one.
 * Pure: `candidates` is not modified.
 */
export function resolveEntities(
  entities: readonly PreparedEntity[],
  candidates: readonly EntityCandidate[],
): EntityResolution[] {
  const pool = candidates.map((c) => ({ ...c, normAliases: [...c.normAliases] }));
  return entities.map((entity) => {
    const found = match(entity, pool);
    if (found) {
      const { candidate, rule } = found;
      for (const n of [entity.normName, ...entity.normAliases]) {
        if (n !== candidate.normName && !candidate.normAliases.includes(n))
          candidate.normAliases.push(n);
      }
      return {
        entity,
        rule,
        key: candidate.key,
        id: candidate.id,
        name: candidate.name,
        normName: candidate.normName,
        ...(rule === 'fullname' ? { fullName: entity.name } : {}),
      };
    }
    const created: EntityCandidate = {
      id: stableId('ent', entity.key),
      key: entity.key,
      type: entity.type,
      name: entity.name,
      normName: entity.normName,
      normAliases: [...entity.normAliases],
      qualifier: entity.qualifier,
      acronym: entity.acronym,
    };
    pool.push(created);
    return {
      entity,
      rule: 'new' as const,
      key: created.key,
      id: created.id,
      name: created.name,
      normName: created.normName,
    };
  });
}
