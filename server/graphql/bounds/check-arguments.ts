import {
  getArgumentValues,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from '../graphql-js.ts';
import { fulltextProblem } from './fulltext-words.ts';
import { isIsoDateTime } from './iso-date-time.ts';

/** A caller mistake found before anything runs: the field and argument it is about, and why. */
export interface ArgumentProblem {
  field: string;
  argument: string;
  message: string;
}

const COUNTS = new Set(['limit', 'offset', 'first']);
/** Arguments whose text is reduced to words for Lucene (fulltext-words.ts): `search` and every `*ByName`. */
const isFulltext = (field: string, argument: string) =>
  (field === 'Query.search' && argument === 'text') || argument === 'phrase';

/**
 * Finds the first argument value a caller got wrong, with variables resolved: a negative `limit`,
 * `offset` or `first`; an explicit null where the argument has a default; a DateTime Neo4j cannot read;
 * search text over the word bounds; a full-text `phrase` with no words or too many. Before these checks
 * each of them reached Neo4j and came back as a 200 "internal server error".
 */
export function checkArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): ArgumentProblem | null {
  const typeInfo = new TypeInfo(schema);
  let problem: ArgumentProblem | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (problem || !def || !parent || !node.arguments?.length) return undefined;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(def, node, variables);
        } catch {
          return undefined; // graphql-js refuses it at execution with its own BAD_USER_INPUT
        }
        const field = `${parent.name}.${def.name}`;
        const given = new Set(node.arguments.map((a) => a.name.value));
        for (const arg of def.args) {
          if (!given.has(arg.name)) continue;
          const message = argumentProblem(arg.name, arg.type, arg.defaultValue, values[arg.name], field);
          if (message) {
            problem = { field, argument: arg.name, message: `${field}(${arg.name}:) ${message}` };
            return false;
          }
        }
        return undefined;
      },
    }),
  );
  return problem;
}

function argumentProblem(
  name: string,
  type: GraphQLInputType,
  defaultValue: unknown,
  value: unknown,
  field: string,
): string | null {
  if (value === null && defaultValue !== undefined) {
    return `may not be null; leave it out for the default ${JSON.stringify(defaultValue)}`;
  }
  if (COUNTS.has(name) && typeof value === 'number' && value < 0) {
    return `must be 0 or more, got ${value}`;
  }
  if (isFulltext(field, name) && typeof value === 'string') {
    const problem = fulltextProblem(value);
    if (problem) return problem;
  }
  const badDate = findBadDateTime(type, value, name);
  return badDate
    ? `needs ISO 8601 date-times such as 2024-05-01T09:30:00Z; ${badDate.path} is ${JSON.stringify(badDate.value)}`
    : null;
}

/** The first DateTime inside an input value that Neo4j would refuse, with its path in the value. */
function findBadDateTime(
  type: GraphQLInputType,
  value: unknown,
  path: string,
): { path: string; value: string } | null {
  if (value === null || value === undefined) return null;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return null;
    for (const [i, item] of value.entries()) {
      const bad = findBadDateTime(inner.ofType, item, `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const bad = fields[key] ? findBadDateTime(fields[key].type, item, `${path}.${key}`) : null;
      if (bad) return bad;
    }
    return null;
  }
  if (getNamedType(inner).name === 'DateTime' && typeof value === 'string' && !isIsoDateTime(value)) {
    return { path, value };
  }
  return null;
}
