/** One news article, normalised from any input format (see src/ingest/). */
export interface Article {
  /** Stable id: hash of source+url when a url is known, else of title+body. */
  id: string;
  title: string | null;
  /** Summary line under the title, when the page has one. */
  dek: string | null;
  url: string | null;
  /** Outlet name ("Just the News", "Reuters"), when known. */
  source: string | null;
  byline: string | null;
  /** ISO 8601 with an explicit offset, e.g. 2025-06-11T14:05:00.000Z. */
  publishedAt: string | null;
  updatedAt: string | null;
  /** Clean article text: paragraphs separated by "\n\n", page furniture removed. */
  body: string;
}
