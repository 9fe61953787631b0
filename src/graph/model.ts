/**
 * Names of the graph model, kept in one place so Cypher reads the same everywhere.
 *
 *   (:Article)-[:PUBLISHED_BY]->(:Organization:Entity)
 *   (:Article)-[:MENTIONS {count, offsets}]->(:Person|Place|Organization :Entity)
 *   (:Entity)-[:SAID]->(:Statement)-[:IN {start, end, cue, channel}]->(:Article)
 *   (:Statement)-[:MENTIONS]->(:Entity)
 */
export const Label = {
  Article: 'Article',
  Entity: 'Entity',
  Person: 'Person',
  Place: 'Place',
  Organization: 'Organization',
  Statement: 'Statement',
} as const;

export const Rel = {
  MENTIONS: 'MENTIONS',
  SAID: 'SAID',
  IN: 'IN',
  PUBLISHED_BY: 'PUBLISHED_BY',
} as const;

/** Entity label for each extracted entity type. */
export const ENTITY_LABEL = {
  PERSON: Label.Person,
  PLACE: Label.Place,
  ORGANIZATION: Label.Organization,
} as const;
