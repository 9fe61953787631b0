import type { Chart } from 'chart.js';
import { createChart } from './create-chart.js';
import { TYPE_COLOURS } from './type-colours.js';
import { emptyMessage } from './empty-message.js';
import { type EntityRef } from './entity-ref.js';
import { errorMessage } from './error-message.js';
import { formatDate } from './format-date.js';
import { graphqlRequest } from './graphql-request.js';
import { DASHBOARD_OPERATIONS } from './dashboard-operations.js';
import { h } from './h.js';
import { routeHref } from './route-href.js';
import { startLiveFeed, type FeedArticle } from './start-live-feed.js';

interface EntityCount {
  count: number;
  entity: EntityRef;
}

interface OverviewData {
  stats: {
    articles: number;
    people: number;
    places: number;
    organizations: number;
    statements: number;
  };
  topSpeakers: EntityCount[];
  topEntities: EntityCount[];
  statementTimeline: { start: string; count: number }[];
  articles: { edges: { node: FeedArticle }[] };
}

/** Periods offered for the charts: days back from now (null = everything) and the bucket size. */
const PERIODS = [
  { value: 'all', label: 'All time', days: null, interval: 'MONTH' },
  { value: '365', label: 'Last 12 months', days: 365, interval: 'MONTH' },
  { value: '30', label: 'Last 30 days', days: 30, interval: 'DAY' },
  { value: '7', label: 'Last 7 days', days: 7, interval: 'DAY' },
] as const;

const STAT_LABELS = [
  ['articles', 'Articles'],
  ['people', 'People'],
  ['places', 'Places'],
  ['organizations', 'Organizations'],
  ['statements', 'Statements'],
] as const;

const FEED_LIMIT = 20;

/**
 * The overview: graph counts, top speakers and top mentioned entities for a chosen period
 * (bar charts, click a bar to open the entity), statements over time (line chart), and
 * recent articles with newly ingested ones pushed live over the subscription.
 * Everything it starts (charts, the WebSocket) ends when `signal` aborts.
 */
export function renderOverview(
  container: HTMLElement,
  signal: AbortSignal,
  now: () => Date = () => new Date(),
): void {
  const period = h(
    'select',
    { id: 'period', name: 'period' },
    PERIODS.map((p) => h('option', { value: p.value }, p.label)),
  );
  const entityType = h(
    'select',
    { id: 'entity-type', name: 'type' },
    h('option', { value: '' }, 'All types'),
    h('option', { value: 'PERSON' }, 'People'),
    h('option', { value: 'PLACE' }, 'Places'),
    h('option', { value: 'ORGANIZATION' }, 'Organizations'),
  );
  const stats = h('dl', { class: 'stats', 'aria-live': 'polite' });
  const speakersFigure = h('div', { class: 'chart bar-chart', id: 'top-speakers-chart' });
  const entitiesFigure = h('div', { class: 'chart bar-chart', id: 'top-entities-chart' });
  const timelineFigure = h('div', { class: 'chart line-chart', id: 'statement-timeline-chart' });
  const failure = h('div');
  const feedStatus = h(
    'span',
    { class: 'feed-status', 'data-status': 'connecting' },
    'connecting…',
  );
  const feed = h('ol', { class: 'feed', id: 'live-feed', 'aria-live': 'polite' });

  container.replaceChildren(
    h('h1', {}, 'Overview'),
    failure,
    stats,
    h(
      'form',
      { class: 'controls', onsubmit: (event: Event) => event.preventDefault() },
      h('label', { for: 'period' }, 'Period'),
      period,
      h('label', { for: 'entity-type' }, 'Entity type'),
      entityType,
    ),
    h(
      'div',
      { class: 'grid' },
      h('section', { class: 'card' }, h('h2', {}, 'Top speakers'), speakersFigure),
      h('section', { class: 'card' }, h('h2', {}, 'Most in the news'), entitiesFigure),
      h('section', { class: 'card wide' }, h('h2', {}, 'Statements over time'), timelineFigure),
      h('section', { class: 'card wide' }, h('h2', {}, 'Latest articles ', feedStatus), feed),
    ),
  );

  let charts: Chart[] = [];
  const destroyCharts = (): void => {
    charts.forEach((chart) => chart.destroy());
    charts = [];
  };
  signal.addEventListener('abort', destroyCharts);

  const addToFeed = (article: FeedArticle, fresh: boolean): void => {
    if (feed.querySelector(`[data-article-id="${CSS.escape(article.id)}"]`) !== null) return;
    const item = h(
      'li',
      { 'data-article-id': article.id, class: fresh ? 'fresh' : undefined },
      h(
        'a',
        { href: routeHref({ page: 'article', id: article.id }) },
        article.title ?? 'Untitled article',
      ),
      h(
        'span',
        { class: 'meta' },
        [article.source, formatDate(article.publishedAt)].filter(Boolean).join(' · '),
      ),
    );
    if (fresh) feed.prepend(item);
    else feed.append(item);
    while (feed.childElementCount > FEED_LIMIT) feed.lastElementChild?.remove();
  };

  const load = async (): Promise<void> => {
    const chosen = PERIODS.find((p) => p.value === period.value) ?? PERIODS[0];
    const from =
      chosen.days === null
        ? null
        : new Date(now().getTime() - chosen.days * 86_400_000).toISOString();
    const variables = {
      from,
      interval: chosen.interval,
      type: entityType.value === '' ? null : entityType.value,
    };
    try {
      const data = await graphqlRequest<OverviewData>(DASHBOARD_OPERATIONS.overview, variables);
      if (signal.aborted) return;
      failure.replaceChildren();
      stats.replaceChildren(
        ...STAT_LABELS.map(([key, label]) =>
          h(
            'div',
            { class: 'stat' },
            h('dt', {}, label),
            h('dd', { 'data-stat': key }, data.stats[key].toLocaleString('en-US')),
          ),
        ),
      );
      destroyCharts();
      drawCounts(
        speakersFigure,
        'Statements per speaker',
        data.topSpeakers,
        'No statements in this period.',
      );
      drawCounts(
        entitiesFigure,
        'Articles naming it',
        data.topEntities,
        'No entities named in this period.',
      );
      if (data.statementTimeline.length === 0)
        timelineFigure.replaceChildren(emptyMessage('No statements in this period.'));
      else
        charts.push(
          createChart(timelineFigure, 'line', 'Statements', {
            labels: data.statementTimeline.map((b) => formatDate(b.start)),
            values: data.statementTimeline.map((b) => b.count),
          }),
        );
      data.articles.edges.forEach((edge) => addToFeed(edge.node, false));
      if (feed.childElementCount === 0)
        feed.replaceChildren(h('li', { class: 'placeholder' }, 'No articles yet.'));
    } catch (error) {
      if (!signal.aborted) failure.replaceChildren(errorMessage(error, 'the overview'));
    }
  };

  const drawCounts = (
    figure: HTMLElement,
    label: string,
    counts: EntityCount[],
    emptyText: string,
  ): void => {
    if (counts.length === 0) {
      figure.replaceChildren(emptyMessage(emptyText));
      return;
    }
    const chart = createChart(
      figure,
      'bar',
      label,
      {
        labels: counts.map((c) => c.entity.name),
        values: counts.map((c) => c.count),
        colours: counts.map((c) => TYPE_COLOURS[c.entity.type]),
      },
      (index) => {
        const picked = counts[index];
        if (picked !== undefined)
          location.hash = routeHref({ page: 'entity', id: picked.entity.id });
      },
    );
    charts.push(chart);
    // The canvas is not keyboard-reachable; the same entities as links are.
    figure.append(
      h(
        'details',
        { class: 'chart-links' },
        h('summary', {}, 'As a list'),
        h(
          'ol',
          {},
          counts.map((c) =>
            h(
              'li',
              {},
              h(
                'a',
                {
                  href: routeHref({ page: 'entity', id: c.entity.id }),
                  class: c.entity.type.toLowerCase(),
                },
                c.entity.name,
              ),
              ` ${c.count}`,
            ),
          ),
        ),
      ),
    );
  };

  period.addEventListener('change', () => void load());
  entityType.addEventListener('change', () => void load());
  void load();

  const stopFeed = startLiveFeed(
    (article) => {
      feed.querySelector('.placeholder')?.remove();
      addToFeed(article, true);
    },
    (status) => {
      feedStatus.dataset['status'] = status;
      feedStatus.textContent =
        status === 'live' ? '● live' : status === 'connecting' ? 'connecting…' : 'offline';
    },
  );
  signal.addEventListener('abort', stopFeed);
}
