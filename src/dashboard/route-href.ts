import type { Route, SearchParams } from './parse-route.js';

/**
 * The hash (with leading `#`) that `parseRoute` reads back as `route`.
 * Search parameters left at their defaults are omitted to keep links short.
 */
export function routeHref(route: Route): string {
  switch (route.page) {
    case 'overview':
      return '#/';
    case 'entity':
    case 'article':
      return `#/${route.page}/${encodeURIComponent(route.id)}`;
    case 'search':
      return `#/search${searchQuery(route.params)}`;
    case 'not-found':
      return route.hash.startsWith('#') ? route.hash : `#${route.hash}`;
  }
}

function searchQuery(params: SearchParams): string {
  const query = new URLSearchParams();
  if (params.q !== '') query.set('q', params.q);
  if (params.mode !== 'speaker') query.set('mode', params.mode);
  if (params.kind !== '') query.set('kind', params.kind);
  if (params.source !== '') query.set('source', params.source);
  if (params.from !== '') query.set('from', params.from);
  if (params.to !== '') query.set('to', params.to);
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}
