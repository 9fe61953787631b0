import type { Chart } from 'chart.js';
import { ApiError } from './api-error.js';
import { createChart } from './create-chart.js';
import { emptyMessage } from './empty-message.js';
import { entityLink, type EntityRef } from './entity-ref.js';
import { errorMessage } from './error-message.js';
import { formatDate } from './format-date.js';
import { graphqlRequest } from './graphql-request.js';
import { DASHBOARD_OPERATIONS } from './dashboard-operations.js';
import { h } from './h.js';
import type { Related } from './render-related-graph.js';
import { routeHref } from './route-href.js';
import { renderStatementList } from './statement-list.js';

interface EntityDetail extends EntityRef {
  aliases: string[];
  titles?: string[];
  mentionCount: number;
  articleCount: number;
  related: Related[];
  articles: {
    totalCount: number;
    edges: {
      node: { id: string; title: string | null; source: string | null; publishedAt: string | null };
    }[];
  };
}

const TYPE_NAMES = { PERSON: 'Person', PLACE: 'Place', ORGANIZATION: 'Organization' } as const;

/**
 * An entity's page: who it is (type, aliases, titles), a graph of related entities
 * (click a node to go there), articles naming it over time, what it said (people and organizations)
 * and what was said about it, and the articles mentioning it.
 */
export async function renderEntity(
  container: HTMLElement,
  id: string,
  signal: AbortSignal,
): Promise<void> {
  container.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  let entity: EntityDetail | null;
  try {
    entity = (
      await graphqlRequest<{ entity: EntityDetail | null }>(DASHBOARD_OPERATIONS.entity, { id })
    ).entity;
  } catch (error) {
    if (signal.aborted) return;
    if (error instanceof ApiError && error.code === 'NOT_FOUND') entity = null;
    else return void container.replaceChildren(errorMessage(error, 'this entity'));
  }
  if (signal.aborted) return;
  if (entity === null) {
    container.replaceChildren(
      h('h1', {}, 'Not found'),
      emptyMessage(`There is no entity with the id “${id}”.`),
    );
    return;
  }

  const graph = h('div', {
    class: 'graph',
    id: 'related-graph',
    'aria-label': `Entities related to ${entity.name}`,
  });
  const timeline = h('div', { class: 'chart line-chart', id: 'entity-timeline-chart' });
  const interval = h(
    'select',
    { id: 'interval', name: 'interval' },
    h('option', { value: 'DAY' }, 'Day'),
    h('option', { value: 'WEEK' }, 'Week'),
    h('option', { value: 'MONTH', selected: true }, 'Month'),
  );
  const said = h('section', { class: 'card wide', id: 'statements-by' });
  const about = h('section', { class: 'card wide', id: 'statements-about' });
  const speaks = entity.type !== 'PLACE';
  const neighbours = entity.related.filter((r) => r.entity.id !== entity.id);

  container.replaceChildren(
    h(
      'header',
      { class: 'entity-header' },
      h(
        'h1',
        {},
        entity.name,
        ' ',
        h('span', { class: `badge ${entity.type.toLowerCase()}` }, TYPE_NAMES[entity.type]),
      ),
      entity.titles !== undefined && entity.titles.length > 0
        ? h('p', { class: 'titles' }, entity.titles.join(' · '))
        : null,
      entity.aliases.length > 0
        ? h('p', { class: 'aliases' }, 'Also known as: ', entity.aliases.join(', '))
        : null,
      h(
        'p',
        { class: 'counts' },
        `${entity.mentionCount} mentions in ${entity.articleCount} articles`,
      ),
    ),
    h(
      'div',
      { class: 'grid' },
      h(
        'section',
        { class: 'card' },
        h('h2', {}, 'Related'),
        neighbours.length === 0
          ? emptyMessage('No related entities.')
          : [
              graph,
              h(
                'ul',
                { class: 'chips related-list' },
                neighbours.map((r) => h('li', {}, entityLink(r.entity), ` ${r.articleCount}`)),
              ),
            ],
      ),
      h(
        'section',
        { class: 'card' },
        h('h2', {}, 'In the news over time'),
        h(
          'form',
          { class: 'controls', onsubmit: (event: Event) => event.preventDefault() },
          h('label', { for: 'interval' }, 'Per'),
          interval,
        ),
        timeline,
      ),
      speaks ? said : null,
      about,
      h(
        'section',
        { class: 'card wide' },
        h('h2', {}, `Articles (${entity.articles.totalCount})`),
        entity.articles.edges.length === 0
          ? emptyMessage('No articles.')
          : h(
              'ul',
              { class: 'articles' },
              entity.articles.edges.map(({ node }) =>
                h(
                  'li',
                  {},
                  h(
                    'a',
                    { href: routeHref({ page: 'article', id: node.id }) },
                    node.title ?? 'Untitled article',
                  ),
                  h(
                    'span',
                    { class: 'meta' },
                    [node.source, formatDate(node.publishedAt)].filter(Boolean).join(' · '),
                  ),
                ),
              ),
            ),
      ),
    ),
  );

  if (speaks) {
    said.append(h('h2', {}, `Statements by ${entity.name}`));
    void renderStatementList(
      said.appendChild(h('div')),
      { speakerId: entity.id },
      signal,
      'No statements by this entity.',
    );
  }
  about.append(h('h2', {}, `Statements about ${entity.name}`));
  void renderStatementList(
    about.appendChild(h('div')),
    { aboutId: entity.id },
    signal,
    'No statements about this entity.',
  );

  let chart: Chart | null = null;
  const drawTimeline = async (): Promise<void> => {
    try {
      const data = await graphqlRequest<{ timeline: { start: string; count: number }[] }>(
        DASHBOARD_OPERATIONS.entityTimeline,
        { id: entity.id, interval: interval.value },
      );
      if (signal.aborted) return;
      chart?.destroy();
      chart = null;
      if (data.timeline.length === 0) timeline.replaceChildren(emptyMessage('No dated articles.'));
      else
        chart = createChart(timeline, 'line', 'Articles', {
          labels: data.timeline.map((b) => formatDate(b.start)),
          values: data.timeline.map((b) => b.count),
        });
    } catch (error) {
      if (!signal.aborted) timeline.replaceChildren(errorMessage(error, 'the timeline'));
    }
  };
  interval.addEventListener('change', () => void drawTimeline());
  signal.addEventListener('abort', () => chart?.destroy());
  void drawTimeline();

  if (neighbours.length > 0) {
    try {
      const { renderRelatedGraph } = await import('./render-related-graph.js');
      if (signal.aborted) return;
      const destroy = await renderRelatedGraph(graph, entity, neighbours, (picked) => {
        location.hash = routeHref({ page: 'entity', id: picked.id });
      });
      if (signal.aborted) destroy();
      else signal.addEventListener('abort', destroy);
    } catch (error) {
      if (!signal.aborted) graph.replaceChildren(errorMessage(error, 'the graph'));
    }
  }
}
