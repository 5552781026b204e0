import type { ApolloServerPlugin } from '@apollo/server';
import { apiError, ErrorCode } from '../errors.ts';
import {
  getOperationAST,
  getVariableValues,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
} from './graphql-js.ts';
import { boundListArguments } from './bounds/bound-list-arguments.ts';
import { checkArguments } from './bounds/check-arguments.ts';
import { escapeFulltextPhrases } from './bounds/escape-fulltext-phrases.ts';
import { operationCost, type CostModel } from './bounds/operation-cost.ts';
import type { RequestContext } from './request-context.ts';
import type { WorkGate } from './work-gate.ts';

export interface OperationGuardOptions extends CostModel {
  /** Largest admissible operation cost (GRAPHQL_MAX_COST). */
  maxCost: number;
  /** Admission of operations by cost (work-gate.ts). */
  gate: WorkGate;
}

/**
 * Bounds the work of an operation before anything runs, with its variables resolved (validation rules
 * such as graphql-armor's cost limit see only literals, so `first: $n` used to pass): argument mistakes
 * are refused as 400 BAD_USER_INPUT naming the argument; nested and union lists get limits; full-text
 * phrases are rebuilt from escaped words; an operation over the cost budget is refused as 400
 * QUERY_TOO_COMPLEX; admissible ones wait for room in the work gate. The bounded document is the one
 * that executes.
 */
export function operationGuardPlugin(options: OperationGuardOptions): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { schema, operation, request, contextValue } = requestContext;
          if (!operation) return;
          const coerced = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          // graphql-js refuses such variables itself when it executes (400 BAD_USER_INPUT).
          if (coerced.errors) return;
          const variables = coerced.coerced;
          const fragments = requestContext.document.definitions.filter(
            (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
          );
          // Only the operation that runs (a document may hold several) and its fragments.
          const executed: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
          const problem = checkArguments(schema, executed, variables);
          if (problem) {
            throw apiError(ErrorCode.BAD_USER_INPUT, problem.message, {
              field: problem.field,
              argument: problem.argument,
            });
          }
          const bounded = escapeFulltextPhrases(
            schema,
            boundListArguments(schema, executed, variables, options),
            variables,
          );
          const boundedOperation = getOperationAST(bounded, operation.name?.value)!;
          const cost = operationCost(
            {
              schema,
              variables,
              fragments: Object.fromEntries(
                bounded.definitions
                  .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
                  .map((d) => [d.name.value, d]),
              ),
            },
            boundedOperation,
            options,
          );
          contextValue.info.cost = cost;
          if (cost > options.maxCost) {
            throw apiError(
              ErrorCode.QUERY_TOO_COMPLEX,
              `This operation could return up to ${cost} values (lists counted at their limits); ` +
                `at most ${options.maxCost} are allowed. Ask for fewer items (limit, first) or fewer nested lists.`,
              { cost, maxCost: options.maxCost },
            );
          }
          // Waits while the operations already running hold the gate's capacity; the room is given back
          // once the answer has been sent (serialising it is part of the work the gate bounds).
          contextValue.onFinished(await options.gate.enter(cost));
          if (bounded !== executed) {
            // Apollo executes `requestContext.document`; the cached, parsed original stays untouched.
            Object.assign(requestContext, { document: bounded, operation: boundedOperation });
          }
        },
      };
    },
  };
}
