import { emptyMessage } from './empty-message.js';
import { errorMessage } from './error-message.js';
import { graphqlRequest } from './graphql-request.js';
import { DASHBOARD_OPERATIONS } from './dashboard-operations.js';
import { h } from './h.js';
import { statementItem, type StatementItem } from './statement-item.js';

/** The `StatementFilter` input of the API; unset fields are left out. */
export interface StatementFilter {
  speaker?: string;
  speakerId?: string;
  about?: string;
  aboutId?: string;
  text?: string;
  kind?: 'DIRECT' | 'INDIRECT';
  source?: string;
  from?: string;
  to?: string;
}

interface StatementsPage {
  statements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: StatementItem }[];
  };
}

/** Statements fetched per page ("Load more" asks for the next page with the API's cursor). */
export const STATEMENTS_PAGE_SIZE = 20;

/**
 * Fills `container` with the statements matching `filter`, a count, and a "Load more"
 * button that follows `pageInfo.endCursor`. Shows an empty notice when nothing matches and
 * an alert when the API fails. Stops touching the DOM once `signal` aborts.
 * Resolves with the total count (or null on failure) once the first page is shown.
 */
export async function renderStatementList(
  container: HTMLElement,
  filter: StatementFilter,
  signal: AbortSignal,
  emptyText = 'No statements found.',
): Promise<number | null> {
  const summary = h('p', { class: 'summary', 'aria-live': 'polite' }, 'Loading statements…');
  const list = h('ol', { class: 'statements' });
  const more = h('button', { type: 'button', class: 'load-more', hidden: true }, 'Load more');
  const failure = h('div');
  container.replaceChildren(summary, list, failure, more);

  let after: string | null = null;
  const loadPage = async (): Promise<number | null> => {
    more.disabled = true;
    try {
      const data = await graphqlRequest<StatementsPage>(DASHBOARD_OPERATIONS.statements, {
        filter,
        first: STATEMENTS_PAGE_SIZE,
        after,
      });
      if (signal.aborted) return null;
      const { totalCount, pageInfo, edges } = data.statements;
      list.append(...edges.map((edge) => statementItem(edge.node)));
      after = pageInfo.endCursor;
      const shown = list.childElementCount;
      summary.textContent =
        totalCount === 0
          ? ''
          : `Showing ${shown} of ${totalCount} statement${totalCount === 1 ? '' : 's'}`;
      more.hidden = !pageInfo.hasNextPage || after === null;
      failure.replaceChildren(...(shown === 0 ? [emptyMessage(emptyText)] : []));
      return totalCount;
    } catch (error) {
      if (signal.aborted) return null;
      summary.textContent = '';
      failure.replaceChildren(errorMessage(error, 'statements'));
      return null;
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => void loadPage());
  return loadPage();
}
