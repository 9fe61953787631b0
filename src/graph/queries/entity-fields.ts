/** The RETURN items that read an Entity node `e` into an EntityRecord. */
export const ENTITY_FIELDS =
  'e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.titles, []) AS titles';
