import type { CypherQuery } from './database.js';
import type { ArticleWritePlan } from './plan-article-write.js';
import { ALIAS_TEXT_CYPHER } from './set-entity-names-cypher.js';

/**
 * The queries that store a planned batch, to run in order in one transaction, after
 * buildArticleUpsert (article nodes) and buildArticleDetach (what earlier versions linked):
 * entities (MERGE on the unique key), the articles' outlets, article MENTIONS, and
 * statements (MERGE on the unique quote key) with their IN edge, statement MENTIONS and SAID
 * edges. Every value is a parameter; queries with no rows are left out.
 *
 * The article's own edges (MENTIONS, IN) are CREATEd, not MERGEd: the detach step removed
 * them in this transaction and holds the article's lock, and the plan has one row per
 * article and entity or quote, so there is nothing to match (and MERGE's check is costly
 * on busy entities). Shared edges (SAID, statement MENTIONS, PUBLISHED_BY) are MERGEd.
 */
export function buildArticleWrite(plan: ArticleWritePlan): CypherQuery[] {
  const queries: CypherQuery[] = [];
  if (plan.entities.length > 0) {
    queries.push({
      cypher: [
        'UNWIND $entities AS row',
        'MERGE (e:Entity {key: row.key})',
        'ON CREATE SET e.id = row.id, e.type = row.type, e.name = row.name, e.normName = row.normName,',
        '  e.qualifier = row.qualifier, e.acronym = row.acronym,',
        '  e.aliases = [], e.normAliases = [], e.titles = [], e.matchedBy = []',
        // Only names the entity lacks; an entity with nothing new is not written (nor locked).
        'WITH e, row,',
        '  [x IN row.aliases WHERE NOT x IN coalesce(e.aliases, []) AND x <> e.name] AS aliases,',
        '  [x IN row.normAliases WHERE NOT x IN coalesce(e.normAliases, []) AND x <> e.normName] AS normAliases,',
        '  [x IN row.titles WHERE NOT x IN coalesce(e.titles, [])] AS titles,',
        '  [x IN row.matchedBy WHERE NOT x IN coalesce(e.matchedBy, [])] AS matchedBy',
        'WHERE e.aliasText IS NULL OR size(aliases) + size(normAliases) + size(titles) + size(matchedBy) > 0',
        'SET e.aliases = coalesce(e.aliases, []) + aliases, e.normAliases = coalesce(e.normAliases, []) + normAliases,',
        '  e.titles = coalesce(e.titles, []) + titles, e.matchedBy = coalesce(e.matchedBy, []) + matchedBy',
        `SET e.aliasText = ${ALIAS_TEXT_CYPHER}`,
        "FOREACH (_ IN CASE WHEN row.type = 'PERSON' THEN [1] ELSE [] END | SET e:Person)",
        "FOREACH (_ IN CASE WHEN row.type = 'PLACE' THEN [1] ELSE [] END | SET e:Place)",
        "FOREACH (_ IN CASE WHEN row.type = 'ORGANIZATION' THEN [1] ELSE [] END | SET e:Organization)",
      ].join('\n'),
      params: { entities: plan.entities },
    });
  }
  if (plan.renames.length > 0) {
    // A full name arriving after surname-only articles: the entity takes the fuller name
    // and keeps the short one as an alias (its key and normName stay, so lookups still hit).
    queries.push({
      cypher: [
        'UNWIND $renames AS row',
        'MATCH (e:Entity {key: row.key})',
        'WHERE size(row.name) > size(e.name)',
        'SET e.aliases = [x IN e.aliases WHERE x <> row.name] + [e.name], e.name = row.name',
        `SET e.aliasText = ${ALIAS_TEXT_CYPHER}`,
      ].join('\n'),
      params: { renames: plan.renames },
    });
  }
  const outlets = plan.articles.flatMap((a) =>
    a.outletKey === null ? [] : [{ articleId: a.id, key: a.outletKey }],
  );
  if (outlets.length > 0) {
    queries.push({
      cypher: [
        'UNWIND $outlets AS row',
        'MATCH (a:Article {id: row.articleId})',
        'MATCH (o:Entity {key: row.key})',
        'MERGE (a)-[:PUBLISHED_BY]->(o)',
      ].join('\n'),
      params: { outlets },
    });
  }
  // Rows go per article, so each query finds an article once rather than once per row: a
  // lookup by id in a transaction that has written many articles is not free.
  const perArticle = <T extends { articleId: string }>(rows: readonly T[]) => {
    const grouped = new Map<string, Omit<T, 'articleId'>[]>();
    for (const { articleId, ...row } of rows) {
      const list = grouped.get(articleId) ?? [];
      list.push(row);
      grouped.set(articleId, list);
    }
    return [...grouped].map(([id, items]) => ({ id, rows: items }));
  };
  if (plan.mentions.length > 0) {
    queries.push({
      cypher: [
        'UNWIND $articles AS art',
        'MATCH (a:Article {id: art.id})',
        'UNWIND art.rows AS row',
        'MATCH (e:Entity {key: row.key})',
        'CREATE (a)-[:MENTIONS {count: row.count, offsets: row.offsets, matchedBy: row.matchedBy}]->(e)',
      ].join('\n'),
      params: { articles: perArticle(plan.mentions) },
    });
  }
  if (plan.statements.length > 0) {
    // A statement's MENTIONS are linked in the same pass (finding it again by quote key would
    // search every statement this transaction created).
    queries.push({
      cypher: [
        'UNWIND $articles AS art',
        'MATCH (a:Article {id: art.id})',
        'UNWIND art.rows AS row',
        'MERGE (s:Statement {quoteKey: row.quoteKey})',
        'ON CREATE SET s.id = row.id, s.text = row.text, s.kind = row.kind, s.cue = row.cue, s.channel = row.channel,',
        '  s.confidence = row.confidence',
        'CREATE (s)-[:IN {start: row.start, end: row.end, cue: row.cue, channel: row.channel}]->(a)',
        // Earliest report so far; buildFirstReportedUpdate recomputes it when articles leave.
        'FOREACH (_ IN CASE WHEN a.publishedAt < coalesce(s.firstReportedAt, a.publishedAt + duration({days: 1}))',
        '  THEN [1] ELSE [] END | SET s.firstReportedAt = a.publishedAt)',
        'WITH s, row',
        'CALL (s, row) {',
        '  UNWIND row.mentionKeys AS key',
        '  MATCH (e:Entity {key: key})',
        '  MERGE (s)-[:MENTIONS]->(e)',
        '}',
        'WITH s, row WHERE row.speakerKey IS NOT NULL',
        'MATCH (speaker:Entity {key: row.speakerKey})',
        'MERGE (speaker)-[:SAID]->(s)',
      ].join('\n'),
      params: { articles: perArticle(plan.statements) },
    });
  }
  return queries;
}
