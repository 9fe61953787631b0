import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { loadSchema } from './load-schema.js';
import { resolvers } from './resolvers.js';

/** The executable schema: schema/*.graphql with the resolvers. */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadSchema(), resolvers });
}
