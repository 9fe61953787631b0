import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { classifyError, DatabaseError, toPlain } from './database.js';

describe('toPlain', () => {
  it('converts driver integers, temporal values and nested structures to plain values', () => {
    const at = new neo4j.types.DateTime(2025, 3, 3, 9, 0, 0, 0, 0);
    expect(
      toPlain({
        n: neo4j.int(42),
        big: neo4j.int('9007199254740993'),
        at,
        list: [neo4j.int(1), 'x', true],
        map: { inner: neo4j.int(2) },
        none: undefined,
      }),
    ).toEqual({
      n: 42,
      big: '9007199254740993',
      at: '2025-03-03T09:00:00.000Z',
      list: [1, 'x', true],
      map: { inner: 2 },
      none: null,
    });
  });

  it('reads a DateTime with an offset and fractions of a second as a UTC instant', () => {
    const DateTime = neo4j.types.DateTime;
    expect(toPlain(new DateTime(2024, 5, 1, 12, 30, 15, 250_000_000, 7200))).toBe(
      '2024-05-01T10:30:15.250Z',
    );
    expect(toPlain(new DateTime(2024, 12, 31, 23, 0, 0, 0, -3600))).toBe(
      '2025-01-01T00:00:00.000Z',
    );
    // A named zone without an offset stays in the driver's own notation.
    expect(toPlain(new DateTime(2024, 7, 1, 12, 0, 0, 0, undefined, 'Europe/Oslo'))).toBe(
      '2024-07-01T12:00:00[Europe/Oslo]',
    );
  });

  it('passes strings, numbers and booleans through unchanged', () => {
    expect([toPlain('text'), toPlain(1.5), toPlain(false)]).toEqual(['text', 1.5, false]);
  });
});

describe('classifyError', () => {
  it('marks unavailability retriable and constraint violations not', () => {
    const down = classifyError(new Neo4jError('no connection', 'ServiceUnavailable', '', ''));
    expect(down).toBeInstanceOf(DatabaseError);
    expect(down).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retriable: true });
    const clash = classifyError(
      new Neo4jError('exists', 'Neo.ClientError.Schema.ConstraintValidationFailed', '', ''),
    );
    expect(clash).toMatchObject({ code: 'CONSTRAINT_VIOLATION', retriable: false });
    const other = new Error('not from the driver');
    expect(classifyError(other)).toBe(other);
  });
});
