import {
  getDirectiveValues,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from './graphql-js.ts';

/** A root field the executor will run, with the arguments it runs with. */
export interface ExecutedField {
  /** The field's node in the document (possibly inside a fragment), to find it again. */
  node: FieldNode;
  name: string;
  /** Where the result appears in `data`: the alias, or the name. */
  key: string;
  /** As the client sent them: inline values and variables (or their defaults) substituted. */
  arguments: Record<string, unknown>;
}

/**
 * The root fields of `operation` as graphql-js executes them: through inline fragments and named
 * fragment spreads on the root type, minus those removed by `@skip`/`@include`, one per response key.
 * Read from the executed document, never from the operation's name: `mutation ReadOnlyPing { ... on
 * Mutation { deletePeople } }` is a deletePeople.
 */
export function executedRootFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): ExecutedField[] {
  const variables = withDefaults(operation, rawVariables ?? {});
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  // Coercion errors fail the request anyway (400); the raw values are good enough to read @skip/@include.
  const directiveVariables = coerced.coerced ?? variables;
  const rootType =
    operation.operation === 'mutation'
      ? schema.getMutationType()?.name
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()?.name
        : schema.getQueryType()?.name;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  const fields = new Map<string, ExecutedField>();
  const visited = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection, directiveVariables)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!fields.has(key)) fields.set(key, field(selection, key, variables));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition?.name.value;
        if (on === undefined || on === rootType) collect(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visited.has(name) || fragment.typeCondition.name.value !== rootType) continue;
        visited.add(name);
        collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return [...fields.values()];
}

/** Root fields as the trail lists them: `alias:field` when aliased. */
export function fieldLabels(fields: readonly ExecutedField[]): string[] {
  return fields.map((field) => (field.key === field.name ? field.name : `${field.key}:${field.name}`));
}

function field(node: FieldNode, key: string, variables: Record<string, unknown>): ExecutedField {
  const args: Record<string, unknown> = {};
  for (const argument of node.arguments ?? []) {
    args[argument.name.value] = valueFromASTUntyped(argument.value, variables) ?? null;
  }
  return { node, name: node.name.value, key, arguments: args };
}

function withDefaults(
  operation: OperationDefinitionNode,
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const variables = { ...raw };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue) {
      variables[name] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  return variables;
}

function included(
  selection: SelectionSetNode['selections'][number],
  variables: Record<string, unknown>,
): boolean {
  try {
    if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
  } catch {
    // An uncoercible `if:` fails execution with a 400; counting the field in is the safe side for an audit.
    return true;
  }
}
