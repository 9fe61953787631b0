import { GraphQLScalarType, Kind } from 'graphql';
import { ApiError } from './api-error.js';

/** ISO 8601 date-time with a time zone (RFC 3339), or a plain date (read as UTC midnight). */
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2}))?$/;

/** Parses a client-given date-time into a canonical UTC ISO string; throws BAD_USER_INPUT. */
export function parseDateTime(value: unknown): string {
  if (typeof value === 'string' && ISO_DATE_TIME.test(value)) {
    const time = Date.parse(value);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  throw new ApiError(
    'BAD_USER_INPUT',
    `DateTime must be an ISO 8601 date-time with a time zone, e.g. 2025-06-11T14:05:00Z (got ${JSON.stringify(value)})`,
  );
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description:
    'An instant in time, as an ISO 8601 string with an offset (e.g. 2025-06-11T14:05:00.000Z).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new ApiError('BAD_USER_INPUT', 'DateTime must be a string');
    return parseDateTime(ast.value);
  },
});
