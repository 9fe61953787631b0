import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { jitGateway } from './jit-gateway.js';

class CodedError extends Error {
  readonly code = 'NOT_FOUND';
}

const schema = makeExecutableSchema({
  typeDefs: `
    type Query { greeting(name: String!): String!  person: Person  broken: String }
    type Person { name: String!  friends: [Person!]! }
  `,
  resolvers: {
    Query: {
      greeting: (_: unknown, { name }: { name: string }, ctx: { prefix: string }) =>
        `${ctx.prefix} ${name}`,
      person: () => ({ name: 'Ada Stone', friends: [{ name: 'Bo Lind', friends: [] }] }),
      broken: async () => {
        throw new CodedError('no such thing');
      },
    },
  },
});

async function run(query: string, variables: Record<string, unknown> = {}) {
  const gateway = jitGateway(schema);
  const { executor } = await gateway.load({ apollo: {} as never });
  const document = parse(query);
  const context = {
    document,
    request: { query, variables },
    context: { prefix: 'Hello' },
  } as unknown as GatewayGraphQLRequestContext;
  return executor!(context);
}

describe('jitGateway', () => {
  it('hands Apollo the schema when it loads', async () => {
    const gateway = jitGateway(schema);
    const seen: unknown[] = [];
    gateway.onSchemaLoadOrUpdate(({ apiSchema }) => seen.push(apiSchema));
    await gateway.load({ apollo: {} as never });
    expect(seen).toEqual([schema]);
  });

  it('runs resolvers with variables and the request context, and nested plain fields', async () => {
    const result = await run(
      'query ($n: String!) { greeting(name: $n) person { name friends { name } } }',
      { n: 'Cy' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      greeting: 'Hello Cy',
      person: { name: 'Ada Stone', friends: [{ name: 'Bo Lind' }] },
    });
  });

  it('returns resolver errors as graphql-js errors with extensions, location, path and cause', async () => {
    const result = await run('{ broken }');
    expect(result.data).toEqual({ broken: null });
    const [error] = result.errors ?? [];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error?.extensions).toEqual({});
    expect(error?.path).toEqual(['broken']);
    expect(error?.locations).toEqual([{ line: 1, column: 3 }]);
    expect(error?.originalError).toBeInstanceOf(CodedError);
  });
});
