import type { Article } from '../model/article.js';
import type { Extraction, ExtractedStatement } from '../model/extraction.js';
import { buildEntities } from './build-entities.js';
import { findEntities } from './find-entities.js';
import { findStatements } from './find-statements.js';
import { MentionIndex } from './mention-index.js';

/** Article -> entities and statements. Pure and deterministic; never throws. */
export function extract(article: Article): Extraction {
  try {
    // Entities: candidates, classification, clustering.
    const built = buildEntities(findEntities(article));
    // Statements: quotes and reported speech, speakers resolved against the entities.
    const index = new MentionIndex(built);
    const statements: ExtractedStatement[] = findStatements(article.body, index).map(
      ({ via: _via, floating: _floating, ...d }, i) => ({
        id: `s${i + 1}`,
        ...d,
        mentions: index.idsWithin(d.start, d.end),
      }),
    );
    return { article, entities: built.map((b) => b.entity), statements };
  } catch {
    return { article, entities: [], statements: [] };
  }
}
