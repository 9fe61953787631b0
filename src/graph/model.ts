/**
 * Names of the graph model, kept in one place so Cypher reads the same everywhere.
 *
 *   (:Article)-[:PUBLISHED_BY]->(:Organization:Entity)
 *   (:Article)-[:MENTIONS {count, offsets}]->(:Person|Place|Organization :Entity)
 *   (:Entity)-[:SAID]->(:Statement)-[:IN {start, end, cue, channel}]->(:Article)
 *   (:Statement)-[:MENTIONS]->(:Entity)
 *
 * Properties:
 *   Article   {id, url, title, dek, source, byline, body, publishedAt: DateTime, updatedAt: DateTime,
 *              contentHash, ingestedAt: DateTime}
 *   Entity    {id, key, type: 'PERSON'|'PLACE'|'ORGANIZATION', name, normName, aliases: [String],
 *              normAliases: [String], aliasText (names joined, for the full-text index),
 *              titles: [String], matchedBy: [String] (names that resolved articles to it),
 *              qualifier: 'us-state'|'country' (only on place names shared by both, e.g. Georgia),
 *              acronym (initials of a multi-word organization name, e.g. 'fbi')}
 *              `key` (unique) = TYPE:normName[#qualifier], see src/graph/entity-key.ts; `id` is
 *              derived from the key at creation, so concurrent writers agree on it.
 *   Statement {id, quoteKey (speaker id + normalised words: one node per quote across outlets),
 *              text, kind: 'DIRECT'|'INDIRECT', cue, channel, confidence,
 *              firstReportedAt: DateTime (earliest publishedAt of its articles)}
 *   MENTIONS (article->entity) {count (body and title mentions), offsets: [start0, end0, start1, end1, ...]
 *              into Article.body (body mentions only), matchedBy: the resolution rule that tied the
 *              article's entity to this one: 'new'|'name'|'alias'|'surname'|'acronym'}
 *   IN (statement->article)    {start, end, cue, channel} — where that article carries it
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
