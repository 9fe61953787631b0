/**
 * The write side of the graph: articles (with their extraction) become nodes and edges,
 * idempotently, in one transaction per batch; plus the editorial operations the API offers
 * (delete an article, merge entities, add an alias).
 *
 * Expected failures throw GraphWriteError (codes NOT_FOUND, BAD_USER_INPUT — for the API);
 * database failures throw DatabaseError (see database.ts).
 */
import type { EntityType, Extraction } from '../model/extraction.js';
import { buildAliasAdd } from './build-alias-add.js';
import { buildArticleDelete } from './build-article-delete.js';
import { buildArticleDetach } from './build-article-detach.js';
import { buildArticleUpsert } from './build-article-upsert.js';
import { buildArticleStateLookup } from './build-article-state-lookup.js';
import { buildArticleWrite } from './build-article-write.js';
import { buildCandidateLookup } from './build-candidate-lookup.js';
import { buildEntityKeyLookup } from './build-entity-key-lookup.js';
import { buildEntityLookup } from './build-entity-lookup.js';
import { buildEntityMerge } from './build-entity-merge.js';
import { buildFirstReportedUpdate } from './build-first-reported-update.js';
import { buildGraphTotals } from './build-graph-totals.js';
import { buildOrphanCleanup } from './build-orphan-cleanup.js';
import { contentHash } from './content-hash.js';
import type { Database, Tx } from './database.js';
import { GraphWriteError } from './graph-write-error.js';
import { normalizeName } from './normalize-name.js';
import { planArticleWrite, type ResolvedArticle } from './plan-article-write.js';
import { prepareEntities } from './prepare-entities.js';
import { resolveEntities, type EntityCandidate } from './resolve-entities.js';
import { validateExtraction } from './validate-extraction.js';

export type UpsertStatus = 'new' | 'updated' | 'unchanged';

export interface UpsertResult {
  status: UpsertStatus;
  articleId: string;
  /** Distinct stored entities the article mentions. */
  entities: number;
  /** Statements the article carries. */
  statements: number;
}

/** An entity as returned by mergeEntities and addAlias. */
export interface StoredEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  titles: string[];
  matchedBy: string[];
}

export interface GraphWriterOptions {
  /** Clock for Article.ingestedAt (injected so tests are deterministic). */
  now?: () => Date;
}

const MAX_ALIAS_CHARS = 200;

export class GraphWriter {
  private readonly now: () => Date;

  constructor(
    private readonly db: Database,
    options: GraphWriterOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Stores one article; see upsertArticles. */
  async upsertArticle(extraction: Extraction): Promise<UpsertResult> {
    const [result] = await this.upsertArticles([extraction]);
    if (!result) throw new Error('upsertArticles returned no result');
    return result;
  }

  /**
   * Stores a batch of articles in ONE transaction: all of them or none. An article whose
   * content hash is already stored is 'unchanged' and not written; a stored article with new
   * content is 'updated': its old mentions and statement links are replaced, and statements
   * and entities nothing references any more are deleted. Entities resolve across articles
   * (see resolveEntities); one Statement per speaker and words across outlets.
   *
   * Throws GraphWriteError(BAD_USER_INPUT) for an invalid extraction or an article id given
   * twice, before writing anything. Results are in input order.
   */
  async upsertArticles(extractions: readonly Extraction[]): Promise<UpsertResult[]> {
    const ids = new Set<string>();
    for (const extraction of extractions) {
      const problems = validateExtraction(extraction);
      const id = String(extraction.article?.id ?? '');
      if (problems.length > 0)
        throw new GraphWriteError(
          `article ${id || '(no id)'}: ${problems.join('; ')}`,
          'BAD_USER_INPUT',
        );
      if (ids.has(id))
        throw new GraphWriteError(`article ${id} appears twice in one batch`, 'BAD_USER_INPUT');
      ids.add(id);
    }
    if (extractions.length === 0) return [];
    const hashes = extractions.map(contentHash);
    return this.db.writeTx((tx) => this.writeBatch(tx, extractions, hashes));
  }

  /**
   * Deletes an article, its mentions and statement links, the statements no other article
   * carries and the entities nothing references any more. Resolves false when no such article.
   */
  async deleteArticle(articleId: string): Promise<boolean> {
    return this.db.writeTx(async (tx) => {
      const detached = await tx.run(buildArticleDetach([articleId]));
      if (detached.length === 0) return false;
      await tx.run(buildArticleDelete(articleId));
      const statementIds = detached.flatMap((r) => r.statementIds as string[]);
      await tx.run(
        buildOrphanCleanup(
          statementIds,
          detached.flatMap((r) => r.entityIds as string[]),
        ),
      );
      if (statementIds.length > 0) await tx.run(buildFirstReportedUpdate(statementIds));
      return true;
    });
  }

  /**
   * Merges entities into `targetId` in one transaction: every relationship of the sources
   * moves to the target (no duplicate edges; MENTIONS counts and offsets combined; statements
   * of both with the same words become one), the target gains their names as aliases, and the
   * sources are deleted. Throws GraphWriteError: NOT_FOUND for an unknown id, BAD_USER_INPUT
   * for no sources, the target among the sources, or entities of different types.
   */
  async mergeEntities(sourceIds: readonly string[], targetId: string): Promise<StoredEntity> {
    const sources = [...new Set(sourceIds)];
    if (sources.length === 0)
      throw new GraphWriteError('give at least one entity to merge', 'BAD_USER_INPUT');
    if (sources.includes(targetId))
      throw new GraphWriteError(
        `entity ${targetId} cannot be merged into itself`,
        'BAD_USER_INPUT',
      );
    return this.db.writeTx(async (tx) => {
      const found = (await tx.run(
        buildEntityLookup([targetId, ...sources]),
      )) as unknown as StoredEntity[];
      const missing = [targetId, ...sources].filter((id) => !found.some((e) => e.id === id));
      if (missing.length > 0)
        throw new GraphWriteError(`no entity with id ${missing.join(', ')}`, 'NOT_FOUND');
      const target = found.find((e) => e.id === targetId);
      const otherType = found.find((e) => e.type !== target?.type);
      if (otherType) {
        throw new GraphWriteError(
          `entity ${otherType.id} is a ${otherType.type}, not a ${target?.type ?? ''}`,
          'BAD_USER_INPUT',
        );
      }
      for (const sourceId of sources) {
        for (const query of buildEntityMerge(sourceId, targetId)) await tx.run(query);
      }
      const [merged] = (await tx.run(buildEntityLookup([targetId]))) as unknown as StoredEntity[];
      if (!merged) throw new GraphWriteError(`no entity with id ${targetId}`, 'NOT_FOUND');
      return merged;
    });
  }

  /**
   * Adds an alias to an entity (future articles using that name resolve to it). Throws
   * GraphWriteError: NOT_FOUND for an unknown id, BAD_USER_INPUT for an empty or overlong alias.
   */
  async addAlias(entityId: string, alias: string): Promise<StoredEntity> {
    const trimmed = alias.trim();
    const norm = normalizeName(trimmed);
    if (norm === '')
      throw new GraphWriteError('the alias has no letters or digits', 'BAD_USER_INPUT');
    if (trimmed.length > MAX_ALIAS_CHARS)
      throw new GraphWriteError(
        `an alias has at most ${MAX_ALIAS_CHARS} characters`,
        'BAD_USER_INPUT',
      );
    const [entity] = (await this.db.write(
      buildAliasAdd(entityId, trimmed, norm),
    )) as unknown as StoredEntity[];
    if (!entity) throw new GraphWriteError(`no entity with id ${entityId}`, 'NOT_FOUND');
    return entity;
  }

  /** How many articles, entities and statements the graph holds (for ingest summaries). */
  async totals(): Promise<{ articles: number; entities: number; statements: number }> {
    const [row] = await this.db.read(buildGraphTotals());
    return {
      articles: Number(row?.articles ?? 0),
      entities: Number(row?.entities ?? 0),
      statements: Number(row?.statements ?? 0),
    };
  }

  private async writeBatch(
    tx: Tx,
    extractions: readonly Extraction[],
    hashes: readonly string[],
  ): Promise<UpsertResult[]> {
    // Read: what is stored already, and the entities the new articles may resolve to.
    const stored = new Map(
      (await tx.run(buildArticleStateLookup(extractions.map((e) => e.article.id)))).map((r) => [
        r.id as string,
        r,
      ]),
    );
    const changed = extractions
      .map((extraction, i) => ({
        extraction,
        contentHash: hashes[i] ?? '',
        prepared: prepareEntities(extraction),
      }))
      .filter(
        ({ extraction, contentHash }) =>
          stored.get(extraction.article.id)?.contentHash !== contentHash,
      );
    let planCounts = new Map<string, { entities: number; statements: number }>();
    if (changed.length > 0) {
      const prepared = changed.flatMap((c) => c.prepared);
      // Most entities are found by key; only the others are looked up by name (slower).
      const byKey = (await tx.run(
        buildEntityKeyLookup(prepared.map((p) => p.key)),
      )) as unknown as EntityCandidate[];
      const found = new Set(byKey.map((c) => c.key));
      const unknown = prepared.filter((p) => !found.has(p.key));
      const byName =
        unknown.length > 0
          ? ((await tx.run(buildCandidateLookup(unknown))) as unknown as EntityCandidate[])
          : [];
      const candidates = [...byKey, ...byName];
      // Resolve: all entities of the batch at once, in article order.
      const resolutions = resolveEntities(prepared, candidates);
      let offset = 0;
      const resolved: ResolvedArticle[] = changed.map((c) => {
        const own = resolutions.slice(offset, offset + c.prepared.length);
        offset += c.prepared.length;
        return { extraction: c.extraction, contentHash: c.contentHash, resolutions: own };
      });
      const plan = planArticleWrite(resolved, this.now());
      planCounts = plan.counts;
      // Write: lock and update the article nodes, unlink what their old versions linked,
      // store the new links, then delete what nothing references any more.
      await tx.run(buildArticleUpsert(plan.articles));
      const detached = await tx.run(
        buildArticleDetach(changed.map((c) => c.extraction.article.id)),
      );
      for (const query of buildArticleWrite(plan)) await tx.run(query);
      const oldStatements = detached.flatMap((r) => r.statementIds as string[]);
      const oldEntities = detached.flatMap((r) => r.entityIds as string[]);
      if (oldStatements.length + oldEntities.length > 0)
        await tx.run(buildOrphanCleanup(oldStatements, oldEntities));
      // New reports set firstReportedAt as they are written; statements an old version carried
      // may have lost their earliest report.
      if (oldStatements.length > 0) await tx.run(buildFirstReportedUpdate(oldStatements));
    }
    return extractions.map((extraction): UpsertResult => {
      const id = extraction.article.id;
      const before = stored.get(id);
      const counts = planCounts.get(id);
      if (!counts) {
        return {
          status: 'unchanged',
          articleId: id,
          entities: Number(before?.entities ?? 0),
          statements: Number(before?.statements ?? 0),
        };
      }
      return { status: before ? 'updated' : 'new', articleId: id, ...counts };
    });
  }
}
