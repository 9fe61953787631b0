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
 *   Entity    {id, type: 'PERSON'|'PLACE'|'ORGANIZATION', name, normName, aliases: [String],
 *              normAliases: [String], aliasText (names joined, for the full-text index),
 *              titles: [String], matchedBy: [String] (names that resolved articles to it)}
 *   Statement {id, quoteKey (speaker id + normalised words: one node per quote across outlets),
 *              text, kind: 'DIRECT'|'INDIRECT', cue, channel, confidence,
 *              firstReportedAt: DateTime (earliest publishedAt of its articles)}
 *   MENTIONS (article->entity) {count, offsets: [start0, end0, start1, end1, ...] into Article.body}
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
