import { h } from './h.js';
import { routeHref } from './route-href.js';

/** The fields every list in the dashboard asks for when it names an entity. */
export interface EntityRef {
  id: string;
  name: string;
  type: 'PERSON' | 'PLACE' | 'ORGANIZATION';
}

/** GraphQL selection matching `EntityRef`. */
export const ENTITY_REF_FIELDS = 'id name type';

/** A link to the entity's page, coloured by its type (CSS classes `person`, `place`, `organization`). */
export function entityLink(entity: EntityRef): HTMLAnchorElement {
  return h(
    'a',
    {
      href: routeHref({ page: 'entity', id: entity.id }),
      class: `entity-link ${entity.type.toLowerCase()}`,
    },
    entity.name,
  );
}
