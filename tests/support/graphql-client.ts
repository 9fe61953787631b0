/** A tiny GraphQL-over-HTTP client for tests: POSTs JSON, returns status, body and headers. */
export interface GraphqlResponse<T> {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors:
    { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] | undefined;
}

export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: T | null;
    errors?: GraphqlResponse<T>['errors'];
  };
  return {
    status: response.status,
    headers: response.headers,
    data: body.data,
    errors: body.errors,
  };
}
