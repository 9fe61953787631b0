/** What a caller knows about an input besides its content. */
export interface ArticleMeta {
  /** Name used in error messages: a path, `-` for stdin; `<input>` when absent. */
  file?: string;
  /** Canonical url given by the caller; wins over one found in the content. */
  url?: string | null;
  /** Outlet name given by the caller; wins over one found in the content. */
  source?: string | null;
}
