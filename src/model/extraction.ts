import type { Article } from './article.js';

export type EntityType = 'PERSON' | 'PLACE' | 'ORGANIZATION';
export type StatementKind = 'DIRECT' | 'INDIRECT';

/** A span of text. Offsets are UTF-16 code unit indexes into `Article.body` (end exclusive). */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** 'title' or 'dek' when the mention is in the article title or dek (offsets then index that text). */
  field?: 'body' | 'title' | 'dek';
}

export interface ExtractedEntity {
  /** Id unique within one extraction ("e1", "e2", ...). */
  id: string;
  type: EntityType;
  /** Fullest form the article gives, without titles ("Donald Trump"). */
  name: string;
  /** Every other surface form used in the article ("Trump", "President Trump"). */
  aliases: string[];
  /** Titles and roles seen with the name ("President", "Sen.", "CEO"). */
  titles: string[];
  mentions: Mention[];
}

export interface ExtractedStatement {
  id: string;
  kind: StatementKind;
  /** The words said, quote marks removed; an interrupted quote is joined as written. */
  text: string;
  /** Reporting verb or phrase ("said", "according to"); '' for a floating quote. */
  cue: string;
  /** Id of the PERSON or ORGANIZATION entity that said it, or null when unknown. */
  speakerId: string | null;
  /** Where it was said, when stated ("on Truth Social", "in a letter", "told reporters"). */
  channel: string | null;
  /** Offsets into Article.body of the whole statement span. */
  start: number;
  end: number;
  /** Ids of entities named inside the statement text. */
  mentions: string[];
  /** 0..1, how sure the extractor is of the attribution. */
  confidence: number;
}

/** What the extractor makes of one article. The JSON contract of `newsgraph extract`. */
export interface Extraction {
  article: Article;
  entities: ExtractedEntity[];
  statements: ExtractedStatement[];
}
