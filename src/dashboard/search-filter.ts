import type { SearchParams } from './parse-route.js';
import type { StatementFilter } from './statement-list.js';

/**
 * Maps the search form to the API's `StatementFilter`: the words go to `speaker`, `about`
 * or `text` by mode; dates become whole UTC days (`to` inclusive).
 */
export function searchFilter(params: SearchParams): StatementFilter {
  const filter: StatementFilter = {};
  if (params.q !== '') filter[params.mode] = params.q;
  if (params.kind !== '') filter.kind = params.kind;
  if (params.source !== '') filter.source = params.source;
  if (params.from !== '') filter.from = `${params.from}T00:00:00.000Z`;
  if (params.to !== '') filter.to = `${params.to}T23:59:59.999Z`;
  return filter;
}
