import { GraphQLError } from 'graphql';

/** The stable codes clients see in `extensions.code` for errors the API expects. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DATABASE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** HTTP status for a request that fails as a whole with this code (GraphQL-over-HTTP). */
const HTTP_STATUS: Partial<Record<ApiErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  DATABASE_UNAVAILABLE: 503,
};

/** An expected error: its message and code are shown to the client as they are. */
export class ApiError extends GraphQLError {
  constructor(code: ApiErrorCode, message: string, options: { cause?: unknown } = {}) {
    const status = HTTP_STATUS[code];
    super(message, {
      originalError: options.cause instanceof Error ? options.cause : undefined,
      extensions: { code, ...(status ? { http: { status } } : {}) },
    });
    this.name = 'ApiError';
  }
}

export function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && (API_ERROR_CODES as readonly string[]).includes(code);
}
