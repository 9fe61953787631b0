import type { CypherQuery } from './database.js';
import type { ArticleWritePlan } from './plan-article-write.js';
import { setEntityNamesCypher } from './set-entity-names-cypher.js';

const datetime = (expr: string) => `CASE WHEN ${expr} IS NULL THEN null ELSE datetime(${expr}) END`;

/**
 * The queries that store a planned batch, to run in order in one transaction, after
 * buildArticleDetach has removed what earlier versions of the articles linked:
 * entities (MERGE on the unique key), articles and their outlet, article MENTIONS,
 * statements (MERGE on the unique quote key) with their IN edge, SAID edges, and statement
 * MENTIONS. Every value is a parameter; queries with no rows are left out.
 */
export function buildArticleWrite(plan: ArticleWritePlan): CypherQuery[] {
  const queries: CypherQuery[] = [];
  if (plan.entities.length > 0) {
    queries.push({
      cypher: [
        'UNWIND $entities AS row',
        'MERGE (e:Entity {key: row.key})',
        'ON CREATE SET e.id = row.id, e.type = row.type, e.name = row.name, e.normName = row.normName,',
        '  e.qualifier = row.qualifier, e.acronym = row.acronym',
        setEntityNamesCypher({ aliases: 'row.aliases', normAliases: 'row.normAliases', titles: 'row.titles', matchedBy: 'row.matchedBy' }),
        "FOREACH (_ IN CASE WHEN row.type = 'PERSON' THEN [1] ELSE [] END | SET e:Person)",
        "FOREACH (_ IN CASE WHEN row.type = 'PLACE' THEN [1] ELSE [] END | SET e:Place)",
        "FOREACH (_ IN CASE WHEN row.type = 'ORGANIZATION' THEN [1] ELSE [] END | SET e:Organization)",
      ].join('\n'),
      params: { entities: plan.entities },
    });
  }
  if (plan.articles.length > 0) {
    queries.push({
      cypher: [
        'UNWIND $articles AS row',
        'MERGE (a:Article {id: row.id})',
        'SET a.url = row.url, a.title = row.title, a.dek = row.dek, a.source = row.source, a.byline = row.byline,',
        `  a.body = row.body, a.publishedAt = ${datetime('row.publishedAt')}, a.updatedAt = ${datetime('row.updatedAt')},`,
        '  a.contentHash = row.contentHash, a.ingestedAt = datetime(row.ingestedAt)',
        'WITH a, row WHERE row.outletKey IS NOT NULL',
        'MATCH (o:Entity {key: row.outletKey})',
        'MERGE (a)-[:PUBLISHED_BY]->(o)',
      ].join('\n'),
      params: { articles: plan.articles },
    });
  }
  if (plan.mentions.length > 0) {
    queries.push({
      cypher: [
        'UNWIND $mentions AS row',
        'MATCH (a:Article {id: row.articleId})',
        'MATCH (e:Entity {key: row.key})',
        'MERGE (a)-[r:MENTIONS]->(e)',
        'SET r.count = row.count, r.offsets = row.offsets, r.matchedBy = row.matchedBy',
      ].join('\n'),
      params: { mentions: plan.mentions },
    });
  }
  if (plan.statements.length > 0) {
    queries.push({
      cypher: [
        'UNWIND $statements AS row',
        'MATCH (a:Article {id: row.articleId})',
        'MERGE (s:Statement {quoteKey: row.quoteKey})',
        'ON CREATE SET s.id = row.id, s.text = row.text, s.kind = row.kind, s.cue = row.cue, s.channel = row.channel,',
        '  s.confidence = row.confidence',
        'MERGE (s)-[r:IN]->(a)',
        'SET r.start = row.start, r.end = row.end, r.cue = row.cue, r.channel = row.channel',
        'WITH s, row WHERE row.speakerKey IS NOT NULL',
        'MATCH (speaker:Entity {key: row.speakerKey})',
        'MERGE (speaker)-[:SAID]->(s)',
      ].join('\n'),
      params: { statements: plan.statements },
    });
    const statementMentions = plan.statements.flatMap((s) => s.mentionKeys.map((key) => ({ quoteKey: s.quoteKey, key })));
    if (statementMentions.length > 0) {
      queries.push({
        cypher: [
          'UNWIND $rows AS row',
          'MATCH (s:Statement {quoteKey: row.quoteKey})',
          'MATCH (e:Entity {key: row.key})',
          'MERGE (s)-[:MENTIONS]->(e)',
        ].join('\n'),
        params: { rows: statementMentions },
      });
    }
  }
  return queries;
}
