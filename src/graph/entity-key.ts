import type { EntityType } from '../model/extraction.js';
import type { PlaceQualifier } from './place-qualifier.js';

/**
 * The unique key of a stored entity (`Entity.key`, constraint `entity_key`): type, normalised
 * name and, for a place name shared by a US state and a country, the qualifier —
 * `PERSON:donald trump`, `PLACE:georgia#country`. Writers MERGE entities on this key, so two
 * processes creating the same entity at once end up with one node. A key never changes after
 * creation (mergeEntities keeps the target's key).
 */
export function entityKey(
  type: EntityType,
  normName: string,
  qualifier: PlaceQualifier | null,
): string {
  return `${type}:${normName}${qualifier ? `#${qualifier}` : ''}`;
}
