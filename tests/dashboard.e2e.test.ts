import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// End-to-end check of the dashboard in a real browser against a real server: the test
// server (tests/support/test-server.ts) ingests a small corpus into Neo4j and serves the
// built dashboard at `/` and the API at `/graphql`. Expected values are read from the API
// itself, so the test does not depend on what the corpus contains.
// DASHBOARD_E2E_URL points the test at an already running server instead.

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL('../src/dashboard/vite.config.ts', import.meta.url));
const TEST_SERVER = new URL('./support/test-server.ts', import.meta.url);
const EXTERNAL_URL = process.env['DASHBOARD_E2E_URL'];
const runnable = existsSync(CHROMIUM) && (EXTERNAL_URL !== undefined || existsSync(TEST_SERVER));

interface TestServer {
  url: string;
  close(): Promise<void>;
}

interface EntityRef {
  id: string;
  name: string;
  type: string;
}

async function startServer(): Promise<TestServer> {
  if (EXTERNAL_URL !== undefined)
    return { url: EXTERNAL_URL.replace(/\/$/, ''), close: async () => undefined };
  // Imported by URL so this file compiles before the support module exists.
  const support = (await import(TEST_SERVER.href)) as { startTestServer(): Promise<TestServer> };
  const server = await support.startTestServer();
  return { url: server.url.replace(/\/$/, ''), close: () => server.close() };
}

describe.skipIf(!runnable)('dashboard (browser end to end)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  /** Runs a query directly against the server's /graphql, for expected values. */
  async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors !== undefined || body.data === undefined)
      throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  const shot = (name: string): Promise<Buffer> =>
    page.screenshot({ path: `${ARTIFACTS}dashboard-${name}.png`, fullPage: true });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await build({ configFile: VITE_CONFIG, logLevel: 'warn' });
    server = await startServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the counts the API reports on the overview', async () => {
    const { stats, topSpeakers } = await api<{
      stats: Record<'articles' | 'people' | 'places' | 'organizations' | 'statements', number>;
      topSpeakers: { count: number; entity: EntityRef }[];
    }>(
      '{ stats { articles people places organizations statements } topSpeakers(first: 10) { count entity { id name type } } }',
    );
    expect(stats.articles).toBeGreaterThan(0);

    await page.goto(`${server.url}/#/`);
    for (const key of ['articles', 'people', 'places', 'organizations', 'statements'] as const) {
      await expect
        .poll(() => page.locator(`[data-stat="${key}"]`).textContent())
        .toBe(stats[key].toLocaleString('en-US'));
    }
    if (topSpeakers.length > 0) {
      await page.locator('#top-speakers-chart canvas').waitFor();
      const values = await page.locator('#top-speakers-chart').getAttribute('data-values');
      expect(JSON.parse(values ?? '[]')).toEqual(topSpeakers.map((s) => s.count));
    }
    await expect
      .poll(() =>
        page
          .locator('#statement-timeline-chart canvas, #statement-timeline-chart .message')
          .count(),
      )
      .toBe(1);
    // The live feed connects over graphql-ws at the same origin.
    await page.locator('.feed-status[data-status="live"]').waitFor({ timeout: 15_000 });
    await shot('overview');
  });

  it('finds a speaker and lists their statements', async () => {
    const { topSpeakers } = await api<{ topSpeakers: { count: number; entity: EntityRef }[] }>(
      '{ topSpeakers(first: 1) { count entity { id name type } } }',
    );
    const speaker = topSpeakers[0]?.entity;
    expect(speaker, 'the corpus must contain at least one statement with a speaker').toBeDefined();
    if (speaker === undefined) return;
    const { statements } = await api<{ statements: { totalCount: number } }>(
      'query ($s: String) { statements(filter: { speaker: $s }) { totalCount } }',
      { s: speaker.name },
    );

    await page.goto(`${server.url}/#/search`);
    await page.getByLabel('Search', { exact: true }).fill(speaker.name);
    await page.getByLabel('Search', { exact: true }).press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('#/search?q=');
    const items = page.locator('ol.statements > li.statement');
    await items.first().waitFor();
    const shown = Math.min(statements.totalCount, 20);
    expect(await items.count()).toBe(shown);
    const speakers = await items.locator('.meta .entity-link').allTextContents();
    expect(new Set(speakers)).toContain(speaker.name);
    await expect
      .poll(() => page.locator('.summary').textContent())
      .toContain(`of ${statements.totalCount} statement`);
    await shot('search');
    if (statements.totalCount > shown) {
      // "Load more" follows the API's cursor to the next page.
      await page.getByRole('button', { name: 'Load more' }).click();
      await expect.poll(() => items.count()).toBe(Math.min(statements.totalCount, 40));
    }

    // A search with no matches says so.
    await page.goto(`${server.url}/#/search?q=zzqxv-no-such-words&mode=text`);
    await page.locator('.message.empty').waitFor();
  });

  it('draws the related-entity graph on an entity page and follows a click on a node', async () => {
    const { topEntities } = await api<{
      topEntities: { entity: EntityRef & { related: { entity: EntityRef }[] } }[];
    }>(
      '{ topEntities(first: 10) { entity { id name type related(first: 30) { entity { id name type } } } } }',
    );
    const entity = topEntities
      .map((t) => t.entity)
      .find((e) => e.related.some((r) => r.entity.id !== e.id));
    expect(entity, 'some entity in the corpus must have related entities').toBeDefined();
    if (entity === undefined) return;
    const neighbours = new Set(
      entity.related.map((r) => r.entity.id).filter((id) => id !== entity.id),
    );

    await page.goto(`${server.url}/#/entity/${encodeURIComponent(entity.id)}`);
    await page.locator('h1', { hasText: entity.name }).waitFor();
    const graph = page.locator('#related-graph[data-node-count]');
    await graph.waitFor();
    expect(Number(await graph.getAttribute('data-node-count'))).toBe(neighbours.size + 1);
    expect(await page.evaluate(() => window.__newsgraphCy?.nodes().length)).toBe(
      neighbours.size + 1,
    );
    await shot('entity');

    // Click a neighbour where cytoscape drew it.
    const target = [...neighbours][0] as string;
    const point = await page.evaluate((id) => {
      const cy = window.__newsgraphCy;
      const box = cy?.container()?.getBoundingClientRect();
      const position = cy?.getElementById(id).renderedPosition();
      return box && position ? { x: box.left + position.x, y: box.top + position.y } : null;
    }, target);
    expect(point).not.toBeNull();
    if (point === null) return;
    await page.mouse.click(point.x, point.y);
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toBe(`#/entity/${encodeURIComponent(target)}`);
  });

  it('highlights the entities mentioned in an article by type', async () => {
    const { articles } = await api<{
      articles: {
        edges: {
          node: {
            id: string;
            body: string | null;
            mentions: { start: number; end: number; entity: EntityRef }[];
          };
        }[];
      };
    }>(
      '{ articles(first: 20) { edges { node { id body mentions { start end entity { id name type } } } } } }',
    );
    const article = articles.edges
      .map((e) => e.node)
      .find((a) => a.mentions.length > 0 && (a.body ?? '') !== '');
    expect(article, 'some article in the corpus must have entity mentions').toBeDefined();
    if (article === undefined) return;
    const valid = article.mentions.filter(
      (m) => m.start >= 0 && m.end <= (article.body ?? '').length && m.start < m.end,
    );

    await page.goto(`${server.url}/#/article/${encodeURIComponent(article.id)}`);
    const marks = page.locator('.article-body mark.entity');
    await marks.first().waitFor();
    const found = await marks.evaluateAll((elements) =>
      elements.map((el) => ({ id: el.getAttribute('data-entity-id'), classes: [...el.classList] })),
    );
    const typeOf = new Map(valid.map((m) => [m.entity.id, m.entity.type.toLowerCase()]));
    expect(new Set(found.map((f) => f.id))).toEqual(new Set(typeOf.keys()));
    for (const mark of found) expect(mark.classes).toContain(typeOf.get(mark.id ?? ''));
    await shot('article');

    await page.setViewportSize({ width: 390, height: 844 });
    await shot('article-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('says so when the API cannot be reached', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    try {
      await page.goto(`${server.url}/#/search?q=anything`);
      await page.locator('[role="alert"]', { hasText: 'not reachable' }).waitFor();
      await shot('api-down');
    } finally {
      await page.unroute('**/graphql');
    }
  });
});
