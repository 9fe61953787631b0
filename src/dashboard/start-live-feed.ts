import { DASHBOARD_OPERATIONS } from './dashboard-operations.js';
import { createClient } from 'graphql-ws/client';
import { GRAPHQL_PATH } from './graphql-request.js';

/** An article as the live feed shows it. */
export interface FeedArticle {
  id: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
}

/** Connection state reported to the page. */
export type FeedStatus = 'connecting' | 'live' | 'offline';

/**
 * Subscribes to `articleIngested` over graphql-ws at the page's own `/graphql` and calls
 * `onArticle` for each new article. Reconnects after drops (the client's retry policy);
 * `onStatus` reports the connection state. Returns a function that ends the subscription.
 */
export function startLiveFeed(
  onArticle: (article: FeedArticle) => void,
  onStatus: (status: FeedStatus) => void,
): () => void {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({
    url: `${protocol}//${location.host}${GRAPHQL_PATH}`,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connecting: () => onStatus('connecting'),
      connected: () => onStatus('live'),
      closed: () => onStatus('offline'),
    },
  });
  onStatus('connecting');
  const unsubscribe = client.subscribe<{ articleIngested: FeedArticle }>(
    { query: DASHBOARD_OPERATIONS.articleIngested },
    {
      next: (result) => {
        if (result.data) onArticle(result.data.articleIngested);
      },
      error: () => onStatus('offline'),
      complete: () => undefined,
    },
  );
  return () => {
    unsubscribe();
    void client.dispose();
  };
}
