/**
 * What clients see of an error. Expected errors (an ApiError, an error carrying one of our
 * codes, Apollo's request errors, database unavailability and timeouts) keep their message
 * and code; anything else is masked as INTERNAL_SERVER_ERROR (it is logged in full, with the
 * request id, by the logging plugin). Never throws.
 */
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

/** `error` and the errors it wraps (`originalError`, as graphql-js and Apollo wrap them). */
function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (
    let e = error;
    e !== null && e !== undefined && chain.length < 8;
    e = (e as { originalError?: unknown }).originalError
  ) {
    chain.push(e);
  }
  return chain;
}

/** True for a GraphQLError from any copy of graphql-js (libraries may bundle their own). */
function isGraphQLErrorLike(e: unknown): boolean {
  return (
    e instanceof GraphQLError ||
    (e instanceof Error && 'extensions' in e && 'locations' in e && 'path' in e)
  );
}

/** The client-facing form of an error, or null when it must be masked. */
export function exposedError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError | null {
  const chain = errorChain(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const api = chain.find((e): e is ApiError => e instanceof ApiError);
  if (api) return { ...base, message: api.message, extensions: { code: api.extensions.code } };
  const database = chain.find((e): e is DatabaseError => e instanceof DatabaseError);
  if (database) {
    if (database.code === 'DATABASE_UNAVAILABLE') {
      return {
        ...base,
        message: 'The database is unavailable; try again shortly.',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      };
    }
    if (database.code === 'QUERY_TIMEOUT') {
      return {
        ...base,
        message: 'The query took too long and was stopped.',
        extensions: { code: 'QUERY_TIMEOUT' },
      };
    }
    return null;
  }
  const coded = chain.find(
    (e): e is Error & { code: string } =>
      e instanceof Error &&
      !isGraphQLErrorLike(e) &&
      typeof (e as { code?: unknown }).code === 'string' &&
      PASSED_CODES.has((e as unknown as { code: string }).code),
  );
  if (coded) return { ...base, message: coded.message, extensions: { code: coded.code } };
  // Apollo's own errors about the request (parse, validation, bad request) are safe to show;
  // an error wrapping anything but GraphQL errors is not.
  const apolloCode = formatted.extensions?.code;
  if (
    typeof apolloCode === 'string' &&
    APOLLO_REQUEST_CODES.has(apolloCode) &&
    chain.every(isGraphQLErrorLike)
  ) {
    return { ...base, extensions: { ...formatted.extensions, code: apolloCode } };
  }
  return null;
}

/** Apollo's `formatError`: exposes expected errors, masks the rest; never throws. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  try {
    const exposed = exposedError(formatted, error);
    if (exposed) {
      const { http: _http, ...extensions } = exposed.extensions ?? {};
      return { ...exposed, extensions };
    }
  } catch {
    // fall through to the masked form
  }
  return {
    message: MASKED_MESSAGE,
    path: safePath(formatted),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function safePath(formatted: GraphQLFormattedError): GraphQLFormattedError['path'] {
  try {
    return formatted.path;
  } catch {
    return undefined;
  }
}
