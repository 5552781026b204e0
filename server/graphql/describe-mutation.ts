import {
  getOperationAST,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from './graphql-js.ts';
import { executedRootFields, fieldLabels } from './executed-root-fields.ts';

/** Enough of a request to describe it in a refusal record (never its arguments). */
export interface MutationRequest {
  schema: GraphQLSchema;
  source?: string;
  document?: DocumentNode;
  operation?: OperationDefinitionNode;
  request: { operationName?: string | null; variables?: Record<string, unknown> };
}

/**
 * Describes a request that may be a mutation, whatever stage it was refused at: resolved (401/403), valid
 * but not resolved, or not even parsable (400). Null when it is not a mutation.
 */
export function describeMutation(
  request: MutationRequest,
): { operationName: string | null; rootFields: string[] } | null {
  const operation =
    request.operation ??
    (request.document ? getOperationAST(request.document, request.request.operationName) : null);
  if (operation) {
    if (operation.operation !== 'mutation' || !request.document) return null;
    const fields = executedRootFields(request.schema, request.document, operation, request.request.variables);
    return {
      operationName: operation.name?.value ?? null,
      rootFields: fieldLabels(fields),
    };
  }
  if (request.document || !request.source) return null;
  return mentionsMutation(request.source)
    ? { operationName: request.request.operationName ?? null, rootFields: [] }
    : null;
}

// An unparsable document is read this far at most: a bound on the work a 400 can cause.
const MAX_TOKENS = 10_000;

/** True when an unparsable document has the keyword `mutation` outside any braces (an operation). */
function mentionsMutation(source: string): boolean {
  const lexer = new Lexer(new Source(source));
  let depth = 0;
  try {
    let token = lexer.advance();
    for (let n = 0; token.kind !== TokenKind.EOF && n < MAX_TOKENS; n += 1, token = lexer.advance()) {
      if (token.kind === TokenKind.BRACE_L) depth += 1;
      else if (token.kind === TokenKind.BRACE_R) depth -= 1;
      else if (depth === 0 && token.kind === TokenKind.NAME && token.value === 'mutation') return true;
    }
  } catch {
    // The lexer stops at the first syntax error; what came before it is all there is to go on.
  }
  return false;
}
