/**
 * Why a call to `/graphql` failed: `network` (server unreachable), `http` (non-2xx without
 * a GraphQL body) or `graphql` (the response carried `errors`). `code` is the first
 * error's `extensions.code` when the server gave one (e.g. `NOT_FOUND`).
 */
export class ApiError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'graphql',
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
