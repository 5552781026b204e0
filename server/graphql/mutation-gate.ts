import type { Role } from '../auth/roles.ts';
import { apiError, ErrorCode } from '../errors.ts';
import type { GraphQLError } from './graphql-js.ts';
import type { RequestContext } from './request-context.ts';

/** The least role any mutation of the schema needs (analysts write notes); viewers only read. */
const LEAST_WRITER: Role = 'analyst';

/**
 * Refuses what must not run at all, before any transaction opens: a request whose token was refused, and a
 * mutation from an anonymous caller (401) or a reader (403). Every mutation in the schema would refuse
 * them too, but not before the request had written its own audit event: an anonymous
 * `mutation X { __typename }` touches no type, so no schema rule ever sees it.
 */
export function mutationGate(context: RequestContext, operation: string): GraphQLError | null {
  if (context.authFailure) return context.authFailure;
  if (operation !== 'mutation') return null;
  if (!context.principal)
    return apiError(ErrorCode.UNAUTHENTICATED, 'A valid token is required to change data');
  if (!context.principal.roles.includes(LEAST_WRITER)) {
    return apiError(ErrorCode.FORBIDDEN, 'Your role does not allow changes');
  }
  return null;
}
