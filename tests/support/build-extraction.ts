import type { Article } from '../../src/model/article.js';
import type {
  EntityType,
  ExtractedEntity,
  ExtractedStatement,
  Extraction,
} from '../../src/model/extraction.js';

export interface EntitySpec {
  name: string;
  type?: EntityType;
  aliases?: string[];
  titles?: string[];
}

export interface StatementSpec {
  /** Name of the speaking entity (must be in `entities`), or null when unknown. */
  speaker: string | null;
  text: string;
  /** Names of entities the quote mentions. */
  mentions?: string[];
}

export interface ExtractionSpec {
  article?: Partial<Article>;
  entities?: EntitySpec[];
  statements?: StatementSpec[];
}

/**
 * An Extraction for writer tests, independent of the extractor: the body names each entity
 * once (offsets point at the name) and carries each quote as `"TEXT," SPEAKER said.`
 */
export function buildExtraction(spec: ExtractionSpec = {}): Extraction {
  let body = '';
  const entities: ExtractedEntity[] = (spec.entities ?? []).map((e, i) => {
    const start = body.length;
    body += `${e.name} appears here. `;
    return {
      id: `e${i + 1}`,
      type: e.type ?? 'PERSON',
      name: e.name,
      aliases: e.aliases ?? [],
      titles: e.titles ?? [],
      mentions: [{ start, end: start + e.name.length, text: e.name }],
    };
  });
  const idOf = (name: string) => {
    const found = entities.find((e) => e.name === name);
    if (!found) throw new Error(`buildExtraction: unknown entity ${name}`);
    return found.id;
  };
  const statements: ExtractedStatement[] = (spec.statements ?? []).map((s, i) => {
    const start = body.length;
    body += `"${s.text}," ${s.speaker ?? 'someone'} said. `;
    return {
      id: `s${i + 1}`,
      kind: 'DIRECT',
      text: s.text,
      cue: 'said',
      speakerId: s.speaker === null ? null : idOf(s.speaker),
      channel: null,
      start,
      end: body.length - 1,
      mentions: (s.mentions ?? []).map(idOf),
      confidence: 0.9,
    };
  });
  const article: Article = {
    id: 'article-1',
    title: 'A test article',
    dek: null,
    url: null,
    source: null,
    byline: null,
    publishedAt: '2025-06-11T14:05:00.000Z',
    updatedAt: null,
    body: body.trim(),
    ...spec.article,
  };
  return { article, entities, statements };
}
