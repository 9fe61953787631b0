import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_OPERATIONS } from './dashboard-operations.js';

// The dashboard talks only to /graphql; these documents must stay valid against the
// published schema, so a change on either side shows up here rather than in a browser.
const schemaDir = new URL('../../schema/', import.meta.url);
const sdl = readdirSync(schemaDir)
  .filter((name) => name.endsWith('.graphql'))
  .map((name) => readFileSync(new URL(name, schemaDir), 'utf8'))
  .join('\n');

describe('DASHBOARD_OPERATIONS', () => {
  const schema = buildSchema(sdl);

  it.each(Object.entries(DASHBOARD_OPERATIONS))(
    '%s is valid against schema/*.graphql',
    (_name, document) => {
      expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
    },
  );

  it('rejects a document asking for a field the schema lacks', () => {
    expect(validate(schema, parse('{ stats { notAField } }'))).not.toEqual([]);
  });
});
