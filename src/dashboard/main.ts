import { h } from './h.js';
import { parseRoute, type Route } from './parse-route.js';
import { renderArticle } from './render-article.js';
import { renderEntity } from './render-entity.js';
import { renderOverview } from './render-overview.js';
import { renderSearch } from './render-search.js';
import { emptyMessage } from './empty-message.js';

// The page's entry point: a hash router. Each navigation aborts the previous view (its
// charts, graph and WebSocket) and renders the new one into <main>.

const main = document.getElementById('main');
if (main === null) throw new Error('index.html must contain <main id="main">');
const view: HTMLElement = main;
let current = new AbortController();

function show(route: Route, signal: AbortSignal): void {
  switch (route.page) {
    case 'overview':
      return renderOverview(view, signal);
    case 'search':
      return renderSearch(view, route.params, signal);
    case 'entity':
      return void renderEntity(view, route.id, signal);
    case 'article':
      return void renderArticle(view, route.id, signal);
    case 'not-found':
      return void view.replaceChildren(
        h('h1', {}, 'Page not found'),
        emptyMessage('This address does not match any page.'),
      );
  }
}

function navigate(): void {
  current.abort();
  current = new AbortController();
  const route = parseRoute(location.hash);
  document.querySelectorAll<HTMLAnchorElement>('nav a').forEach((link) => {
    const active = link.dataset['page'] === route.page;
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
  view.dataset['page'] = route.page;
  show(route, current.signal);
  window.scrollTo(0, 0);
}

window.addEventListener('hashchange', navigate);
navigate();
