import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, httpStatusOf } from '../errors.ts';
import type { RequestContext } from './request-context.ts';

/**
 * Final touches on answers with errors. @neo4j/graphql reports a valid token without the required role
 * as "Unauthenticated"; the caller did authenticate, so the code becomes FORBIDDEN. Every error carries
 * the request id (also in the X-Request-Id header and on the log line), so a caller can quote it. When
 * nothing could be returned (data is null) the HTTP status follows the first error's code: refusals are
 * 4xx, an internal error is 500, never 200.
 */
export function errorStatusPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors?.length) return;
          const requestId = contextValue.requestId || undefined;
          const errors = result.errors.map((error) => {
            const forbidden = error.extensions?.code === ErrorCode.UNAUTHENTICATED && contextValue.principal;
            return forbidden
              ? {
                  ...error,
                  message: 'Your role does not allow this operation',
                  extensions: { code: ErrorCode.FORBIDDEN, requestId },
                }
              : { ...error, extensions: { ...error.extensions, requestId } };
          });
          response.body.singleResult = { ...result, errors };
          contextValue.info.errorCodes = errors.map((error) => String(error.extensions.code));
          const status = httpStatusOf[String(errors[0]?.extensions?.code)];
          if (result.data == null && status && (response.http.status ?? 200) < 400)
            response.http.status = status;
        },
      };
    },
  };
}
