/** A page of the dashboard, as addressed by the URL hash. */
export type Route =
  | { page: 'overview' }
  | { page: 'search'; params: SearchParams }
  | { page: 'entity'; id: string }
  | { page: 'article'; id: string }
  | { page: 'not-found'; hash: string };

/** Where a "who said what" search looks for its words. */
export type SearchMode = 'speaker' | 'about' | 'text';

/** The state of the search form; empty strings mean "not set". */
export interface SearchParams {
  q: string;
  mode: SearchMode;
  kind: '' | 'DIRECT' | 'INDIRECT';
  source: string;
  /** `YYYY-MM-DD` or empty. */
  from: string;
  /** `YYYY-MM-DD` or empty. */
  to: string;
}

const SEARCH_MODES: readonly SearchMode[] = ['speaker', 'about', 'text'];
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a route from a location hash such as `#/entity/p1`, `#/article/a%2F1` or
 * `#/search?q=budget&mode=about`. An empty hash is the overview; anything unknown is
 * `not-found`. Ids are URI-decoded; malformed query values fall back to their defaults.
 */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '').replace(/^\/?/, '/');
  const queryAt = raw.indexOf('?');
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1));
  const segments = path.split('/').filter((s) => s !== '');

  if (segments.length === 0) return { page: 'overview' };
  const [head, id] = segments;
  if (head === 'search' && segments.length === 1)
    return { page: 'search', params: readSearchParams(query) };
  if ((head === 'entity' || head === 'article') && id !== undefined && segments.length === 2) {
    const decoded = safeDecode(id);
    if (decoded !== null && decoded !== '') return { page: head, id: decoded };
  }
  return { page: 'not-found', hash };
}

function readSearchParams(query: URLSearchParams): SearchParams {
  const mode = query.get('mode') ?? '';
  const kind = query.get('kind') ?? '';
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  return {
    q: (query.get('q') ?? '').trim(),
    mode: (SEARCH_MODES as readonly string[]).includes(mode) ? (mode as SearchMode) : 'speaker',
    kind: kind === 'DIRECT' || kind === 'INDIRECT' ? kind : '',
    source: (query.get('source') ?? '').trim(),
    from: DATE_PATTERN.test(from) ? from : '',
    to: DATE_PATTERN.test(to) ? to : '',
  };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
