/**
 * Apollo plugin that lets an operation run only when its caller may: mutations need a valid
 * API key (FORBIDDEN when no keys are configured at all), and so do queries when
 * `queriesRequireKey` is set. It also logs errors that will be masked, with the request id.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApiError } from './api-error.js';
import type { ApiContext } from './api-context.js';
import { exposedError } from './format-error.js';

export interface OperationGuardOptions {
  keysConfigured: boolean;
  queriesRequireKey: boolean;
}

/** Throws the error a caller with `auth` gets for an operation of `kind`, if any. */
export function checkAccess(
  kind: 'query' | 'mutation' | 'subscription',
  auth: ApiContext['auth'],
  options: OperationGuardOptions,
): void {
  const needsKey = kind === 'mutation' || options.queriesRequireKey;
  if (!needsKey || auth === 'valid') return;
  if (!options.keysConfigured) {
    throw new ApiError(
      'FORBIDDEN',
      'this operation needs an API key, and none is configured on the server (NEWSGRAPH_API_KEYS)',
    );
  }
  throw new ApiError(
    'UNAUTHENTICATED',
    auth === 'missing'
      ? `${kind === 'mutation' ? 'mutations need' : 'this server needs'} an API key: send "Authorization: Bearer <key>"`
      : 'the API key is not valid',
  );
}

export function operationGuardPlugin(
  options: OperationGuardOptions,
): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation) checkAccess(operation.operation, contextValue.auth, options);
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (exposedError({ message: error.message, extensions: error.extensions }, error))
              continue;
            contextValue.logger.error(
              { err: unwrapResolverError(error), path: error.path },
              'unexpected error (masked for the client)',
            );
          }
        },
      };
    },
  };
}
