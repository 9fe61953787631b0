import type { Extraction } from '../model/extraction.js';

const TYPES = new Set(['PERSON', 'PLACE', 'ORGANIZATION']);
const isOffset = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
/** ISO 8601 as the Article contract states it, which Neo4j's datetime() also reads. */
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const isDate = (s: unknown) =>
  s === null || (typeof s === 'string' && ISO_DATE.test(s) && !Number.isNaN(Date.parse(s)));

/**
 * Checks what the writer relies on in an extraction (ids, references, offsets, dates).
 * Returns the problems found, empty when it can be stored.
 */
export function validateExtraction(extraction: Extraction): string[] {
  const problems: string[] = [];
  const { article, entities, statements } = extraction;
  if (typeof article?.id !== 'string' || article.id.trim() === '')
    problems.push('article.id is missing');
  if (typeof article?.body !== 'string') problems.push('article.body is not a string');
  if (!isDate(article?.publishedAt))
    problems.push(`article.publishedAt is not a date: ${String(article?.publishedAt)}`);
  if (!isDate(article?.updatedAt))
    problems.push(`article.updatedAt is not a date: ${String(article?.updatedAt)}`);
  const ids = new Set<string>();
  for (const e of entities ?? []) {
    if (ids.has(e.id)) problems.push(`entity id ${e.id} is used twice`);
    ids.add(e.id);
    if (!TYPES.has(e.type)) problems.push(`entity ${e.id} has unknown type ${String(e.type)}`);
    if (typeof e.name !== 'string') problems.push(`entity ${e.id} has no name`);
    if (!Array.isArray(e.aliases) || !Array.isArray(e.titles) || !Array.isArray(e.mentions)) {
      problems.push(`entity ${e.id} lacks aliases, titles or mentions`);
    } else if (e.mentions.some((m) => !isOffset(m.start) || !isOffset(m.end) || m.end < m.start)) {
      problems.push(`entity ${e.id} has a mention with bad offsets`);
    }
  }
  for (const s of statements ?? []) {
    if (typeof s.text !== 'string' || s.text.trim() === '')
      problems.push(`statement ${s.id} has no text`);
    if (s.speakerId !== null && !ids.has(s.speakerId))
      problems.push(`statement ${s.id} names unknown speaker ${s.speakerId}`);
    if (!Array.isArray(s.mentions) || s.mentions.some((id) => !ids.has(id)))
      problems.push(`statement ${s.id} mentions an unknown entity`);
    if (!isOffset(s.start) || !isOffset(s.end)) problems.push(`statement ${s.id} has bad offsets`);
  }
  if (!Array.isArray(entities) || !Array.isArray(statements))
    problems.push('entities and statements must be lists');
  return problems;
}
