import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
  isAbstractType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionNode,
} from '../graphql-js.ts';

/** What the walkers need to expand an operation as graphql-js will execute it. */
export interface WalkContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values of the request. */
  variables: Record<string, unknown>;
}

/**
 * The fields an object of `type` will resolve for these selections, by response name: fragments whose
 * type condition applies are expanded and `@skip`/`@include` are honoured, as graphql-js's executor does
 * (its own collectFields is internal API, so this is the same rule written out).
 */
export function collectFields(
  context: WalkContext,
  type: GraphQLObjectType,
  selections: readonly SelectionNode[],
  into: Map<string, FieldNode[]> = new Map(),
  visited: Set<string> = new Set(),
): Map<string, FieldNode[]> {
  for (const selection of selections) {
    if (!included(context, selection)) continue;
    if (selection.kind === 'Field') {
      const name = selection.alias?.value ?? selection.name.value;
      into.set(name, [...(into.get(name) ?? []), selection]);
    } else if (selection.kind === 'InlineFragment') {
      if (!applies(context, selection.typeCondition?.name.value, type)) continue;
      collectFields(context, type, selection.selectionSet.selections, into, visited);
    } else {
      const name = selection.name.value;
      const fragment = context.fragments[name];
      if (!fragment || visited.has(name)) continue;
      visited.add(name);
      if (!applies(context, fragment.typeCondition.name.value, type)) continue;
      collectFields(context, type, fragment.selectionSet.selections, into, visited);
    }
  }
  return into;
}

/** The fields selected below `nodes` (all fields of one response name) on an object of `type`. */
export function collectSubfields(
  context: WalkContext,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
): Map<string, FieldNode[]> {
  const into = new Map<string, FieldNode[]>();
  for (const node of nodes) {
    if (node.selectionSet) collectFields(context, type, node.selectionSet.selections, into);
  }
  return into;
}

function included(context: WalkContext, selection: SelectionNode): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, selection, context.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, selection, context.variables);
  return include?.if !== false;
}

function applies(context: WalkContext, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (!condition) return true;
  const conditionType = context.schema.getType(condition);
  if (!conditionType) return false;
  if (conditionType === type) return true;
  return isAbstractType(conditionType) && context.schema.isSubType(conditionType, type);
}
