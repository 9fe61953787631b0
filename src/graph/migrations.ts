/**
 * Schema migrations: constraints and indexes, all idempotent (`IF NOT EXISTS`), applied at
 * startup and in tests. Add new statements at the end; never edit an applied one in place
 * (an index no longer wanted is dropped by a statement at the end, and its CREATE removed).
 */
import type { Database } from './database.js';

export const MIGRATIONS: readonly string[] = [
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT statement_quote_key IF NOT EXISTS FOR (s:Statement) REQUIRE s.quoteKey IS UNIQUE',
  'CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.normName)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  'CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)',
  'CREATE INDEX statement_first_reported IF NOT EXISTS FOR (s:Statement) ON (s.firstReportedAt)',
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]',
  'CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON EACH [s.text]',
  // Entity resolution looks organizations up by acronym (see src/graph/resolve-entities.ts).
  'CREATE INDEX entity_acronym IF NOT EXISTS FOR (e:Entity) ON (e.acronym)',
  // Aliases are found through `entity_names`: no query can use a range index on a list
  // (`$name IN e.normAliases`), and keeping one up to date cost every entity write.
  'DROP INDEX entity_aliases IF EXISTS',
];

/** Applies every migration (each is idempotent) and waits for indexes to come online. */
export async function migrate(db: Database): Promise<void> {
  for (const cypher of MIGRATIONS) await db.write({ cypher, params: {} });
  await db.write({ cypher: 'CALL db.awaitIndexes(300)', params: {} });
}
