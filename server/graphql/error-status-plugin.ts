import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, httpStatusOf } from '../errors.ts';
import type { RequestContext } from './request-context.ts';

/**
 * Final touches on refused requests. @neo4j/graphql reports a valid token without the required role as
 * "Unauthenticated"; the caller did authenticate, so the code becomes FORBIDDEN. When nothing could be
 * returned (data is null) the HTTP status follows the first error's code, so refusals are 4xx, not 200.
 */
export function errorStatusPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors?.length) return;
          const errors = result.errors.map((error) =>
            error.extensions?.code === ErrorCode.UNAUTHENTICATED && contextValue.principal
              ? {
                  ...error,
                  message: 'Your role does not allow this operation',
                  extensions: { code: ErrorCode.FORBIDDEN },
                }
              : error,
          );
          response.body.singleResult = { ...result, errors };
          const status = httpStatusOf[String(errors[0]?.extensions?.code)];
          if (result.data === null && status && (response.http.status ?? 200) < 400)
            response.http.status = status;
        },
      };
    },
  };
}
