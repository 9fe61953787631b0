import { entityLink, type EntityRef } from './entity-ref.js';
import { graphqlRequest } from './graphql-request.js';
import { DASHBOARD_OPERATIONS } from './dashboard-operations.js';
import { h } from './h.js';
import type { SearchMode, SearchParams } from './parse-route.js';
import { routeHref } from './route-href.js';
import { searchFilter } from './search-filter.js';
import { renderStatementList } from './statement-list.js';

const MODES: readonly { value: SearchMode; label: string }[] = [
  { value: 'speaker', label: 'Speaker' },
  { value: 'about', label: 'Topic (who or what is mentioned)' },
  { value: 'text', label: 'Words in the statement' },
];

/**
 * "Who said what": a search form (submitting it updates the URL hash, so results are
 * deep-linkable), entities whose names match the words, and the matching statements.
 */
export function renderSearch(
  container: HTMLElement,
  params: SearchParams,
  signal: AbortSignal,
): void {
  const field = (id: string, label: string, control: HTMLElement): HTMLElement =>
    h('div', { class: 'field' }, h('label', { for: id }, label), control);

  const q = h('input', {
    id: 'q',
    name: 'q',
    type: 'search',
    value: params.q,
    placeholder: 'e.g. a name, a topic or some words',
    autocomplete: 'off',
  });
  const mode = h(
    'select',
    { id: 'mode', name: 'mode' },
    MODES.map((m) => h('option', { value: m.value, selected: m.value === params.mode }, m.label)),
  );
  const kind = h(
    'select',
    { id: 'kind', name: 'kind' },
    h('option', { value: '' }, 'Any'),
    h('option', { value: 'DIRECT', selected: params.kind === 'DIRECT' }, 'Direct quotes'),
    h('option', { value: 'INDIRECT', selected: params.kind === 'INDIRECT' }, 'Paraphrases'),
  );
  const source = h('input', {
    id: 'source',
    name: 'source',
    type: 'text',
    value: params.source,
    placeholder: 'outlet',
  });
  const from = h('input', { id: 'from', name: 'from', type: 'date', value: params.from });
  const to = h('input', { id: 'to', name: 'to', type: 'date', value: params.to });

  const form = h(
    'form',
    { class: 'search-form', role: 'search' },
    h(
      'div',
      { class: 'search-row' },
      field('q', 'Search', q),
      field('mode', 'Search in', mode),
      h('button', { type: 'submit' }, 'Search'),
    ),
    h(
      'div',
      { class: 'filter-row' },
      field('kind', 'Kind', kind),
      field('source', 'Outlet', source),
      field('from', 'From', from),
      field('to', 'To', to),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next: SearchParams = {
      q: q.value.trim(),
      mode: mode.value as SearchMode,
      kind: kind.value as SearchParams['kind'],
      source: source.value.trim(),
      from: from.value,
      to: to.value,
    };
    const href = routeHref({ page: 'search', params: next });
    // Submitting the same search again should still refresh the results.
    if (location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = href;
  });

  const hits = h('div', { class: 'entity-hits' });
  const results = h('section', { class: 'results', 'aria-label': 'Statements' });
  container.replaceChildren(h('h1', {}, 'Who said what'), form, hits, results);
  // Keep the keyboard in the search box across searches (the form is rebuilt on each).
  q.focus({ preventScroll: true });

  void renderStatementList(
    results,
    searchFilter(params),
    signal,
    params.q === '' ? 'No statements yet.' : `No statements match “${params.q}”.`,
  );
  if (params.q !== '') void showEntityHits(hits, params.q, signal);
}

/** Entities whose names match the words, as links; silent on failure (the statements show the error). */
async function showEntityHits(
  target: HTMLElement,
  query: string,
  signal: AbortSignal,
): Promise<void> {
  try {
    const data = await graphqlRequest<{ search: { score: number; entity: EntityRef | null }[] }>(
      DASHBOARD_OPERATIONS.entityHits,
      { query },
    );
    if (signal.aborted) return;
    const entities = data.search.map((hit) => hit.entity).filter((e): e is EntityRef => e !== null);
    if (entities.length === 0) return;
    target.replaceChildren(
      h('span', { class: 'label' }, 'Matching entities: '),
      h(
        'ul',
        { class: 'chips' },
        entities.map((entity) => h('li', {}, entityLink(entity))),
      ),
    );
  } catch {
    // Entity suggestions are an extra; the statement list reports API failures.
  }
}
