import { ApiError } from './api-error.js';

/** The dashboard's only endpoint: same origin as the page. */
export const GRAPHQL_PATH = '/graphql';

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

/**
 * POSTs one GraphQL operation and returns its `data`. Throws `ApiError` when the server is
 * unreachable, answers a non-JSON error, or returns any `errors` (partial data is treated
 * as a failure: the views show all or nothing). `fetchImpl` is injectable for tests.
 */
export async function graphqlRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(
      'network',
      `The API could not be reached (${error instanceof Error ? error.message : String(error)}).`,
    );
  }

  let body: GraphqlResponse<T>;
  try {
    body = (await response.json()) as GraphqlResponse<T>;
  } catch {
    throw new ApiError(
      'http',
      `The API answered ${response.status} ${response.statusText} without a GraphQL result.`,
    );
  }
  const first = body.errors?.[0];
  if (first !== undefined) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : undefined;
    throw new ApiError('graphql', first.message, code);
  }
  if (body.data === undefined || body.data === null) {
    throw new ApiError('http', `The API answered ${response.status} without data.`);
  }
  return body.data;
}
