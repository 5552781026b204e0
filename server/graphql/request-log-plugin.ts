import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { isUnexpected } from '../errors.ts';
import { instrumentRunner } from './database-timer.ts';
import type { RequestContext } from './request-context.ts';

/**
 * Feeds the request's log line (server/log/request-logger.ts) with the operation, and logs every error
 * that is the server's fault with its stack under the request id: the caller sees only "Internal server
 * error" and that id. It also times a mutation's own transaction, which replaces the reader that
 * request-context.ts instrumented once audit-plugin.ts has opened it.
 */
export function requestLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName, contextValue }) {
          contextValue.info.operation = operationName ?? 'anonymous';
          contextValue.info.operationType = operation?.operation;
        },
        async executionDidStart({ contextValue }) {
          instrumentRunner(contextValue.executionContext, contextValue.info, contextValue.statementLimits);
        },
        async willSendResponse() {
          // Building the answer was one long synchronous step and serialising it will be another:
          // let waiting requests run in between.
          await new Promise((resolve) => setImmediate(resolve));
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!isUnexpected(error)) continue;
            const cause = unwrapResolverError(error);
            contextValue.log.error(
              { err: cause instanceof Error ? cause : error, path: error.path?.join('.') },
              'unexpected error in a GraphQL operation',
            );
          }
        },
      };
    },
  };
}
