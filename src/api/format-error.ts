/**
 * What clients see of an error. Expected errors (an ApiError, an error carrying one of our
 * codes, Apollo's request errors, database unavailability and timeouts) keep their message
 * and code; anything else is masked as INTERNAL_SERVER_ERROR (it is logged in full, with the
 * request id, by the logging plugin). Never throws.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DatabaseError } from '../graph/database.js';
import { ApiError } from './api-error.js';

/** Codes of errors Apollo raises about the request itself (safe to show). */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Codes an error born elsewhere (writer, cursor, ingest) may carry to reach the client as is. */
const PASSED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN']);

export const MASKED_MESSAGE = 'Internal server error';

/** The client-facing form of an error, or null when it must be masked. */
export function exposedError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof ApiError) {
    return { ...base, extensions: { code: original.extensions.code } };
  }
  if (original instanceof DatabaseError) {
    if (original.code === 'DATABASE_UNAVAILABLE') {
      return { ...base, message: 'The database is unavailable; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    if (original.code === 'QUERY_TIMEOUT') {
      return { ...base, message: 'The query took too long and was stopped.', extensions: { code: 'QUERY_TIMEOUT' } };
    }
    return null;
  }
  const code = (original as { code?: unknown } | null)?.code;
  if (original instanceof Error && typeof code === 'string' && PASSED_CODES.has(code)) {
    return { ...base, message: original.message, extensions: { code } };
  }
  const apolloCode = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof apolloCode === 'string' && APOLLO_REQUEST_CODES.has(apolloCode)) {
    return { ...base, extensions: { ...formatted.extensions, code: apolloCode } };
  }
  return null;
}

/** Apollo's `formatError`: exposes expected errors, masks the rest; never throws. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  try {
    const exposed = exposedError(formatted, error);
    if (exposed) {
      const { http: _http, ...extensions } = exposed.extensions ?? {};
      return { ...exposed, extensions };
    }
  } catch {
    // fall through to the masked form
  }
  return { message: MASKED_MESSAGE, path: safePath(formatted), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function safePath(formatted: GraphQLFormattedError): GraphQLFormattedError['path'] {
  try {
    return formatted.path;
  } catch {
    return undefined;
  }
}
