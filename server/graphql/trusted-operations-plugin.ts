import type { ApolloServerPlugin } from '@apollo/server';
import { apiError, ErrorCode } from '../errors.ts';
import type { RequestContext } from './request-context.ts';
import { fragmentsOf, operationHash, type OperationManifest } from './trusted-operations.ts';

const INTROSPECTION = new Set(['__schema', '__type', '__typename']);

/**
 * Production runs only trusted operations: those of the workspace and of docs/queries, listed by hash
 * in the generated manifest. Anything else is refused (400 UNTRUSTED_OPERATION) before it runs, whoever
 * sends it. While introspection is on, documents that only introspect are let through for GraphiQL.
 */
export function trustedOperationsPlugin(
  manifest: OperationManifest,
  allowIntrospection: boolean,
): ApolloServerPlugin<RequestContext> {
  const trusted = new Set(Object.keys(manifest.operations));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation) return;
          const onlyIntrospection = operation.selectionSet.selections.every(
            (s) => s.kind === 'Field' && INTROSPECTION.has(s.name.value),
          );
          if (allowIntrospection && onlyIntrospection) return;
          if (trusted.has(operationHash(operation, fragmentsOf(document)))) return;
          throw apiError(
            ErrorCode.UNTRUSTED_OPERATION,
            'This server runs only the operations of its manifest (the workspace and docs/queries); ' +
              'add yours there and regenerate it with `npm run operations:manifest`',
          );
        },
      };
    },
  };
}
