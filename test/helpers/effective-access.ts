import { ROLES, type Role } from '../../server/auth/roles.ts';
import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
} from '../../server/graphql/graphql-js.ts';

// Reads what @neo4j/graphql 7 will enforce from the type definitions it is given (after the loader's
// expansion), independently of how the loader wrote them: @authentication and @authorization as the
// library interprets them, plus the schema-wide @authentication. Anything it does not understand is an
// error, so a rule of another shape can never be misread as "open".

export const OPERATIONS = [
  'read',
  'aggregate',
  'create',
  'update',
  'delete',
  'connect',
  'disconnect',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/**
 * The least role an operation needs; `+own` when the row must also be the caller's; `+if:<field>` when rows
 * whose Boolean <field> is not true are left out (reads) or refused (writes); `-` when not offered.
 */
export type Rule = Role | `${Role}+${string}` | 'authenticated' | 'anyone' | '-';

const LIBRARY_NAME: Record<Operation, string> = {
  read: 'READ',
  aggregate: 'AGGREGATE',
  create: 'CREATE',
  update: 'UPDATE',
  delete: 'DELETE',
  connect: 'CREATE_RELATIONSHIP',
  disconnect: 'DELETE_RELATIONSHIP',
};
const ALL_OPERATIONS = Object.values(LIBRARY_NAME);

/** One condition: who (rank in ['authenticated', ...ROLES]) and whether the row must be the caller's. */
interface Requirement {
  rank: number;
  own: boolean;
  /** The Boolean field a row needs true, if any. */
  visibleIf?: string;
  operations: readonly string[];
}

const rankOf = (role: string, where: string): number => {
  const rank = (ROLES as readonly string[]).indexOf(role);
  if (rank < 0) throw new Error(`${where}: unknown role "${role}"`);
  return rank + 1;
};

type Plain = Record<string, unknown>;

/** `{ roles: { includes: "x" } }` → rank of x; nothing else is understood. */
function jwtRank(jwt: unknown, where: string): number {
  const keys = jwt && typeof jwt === 'object' ? Object.keys(jwt) : [];
  const roles = (jwt as Plain | undefined)?.roles as Plain | undefined;
  if (keys.join() !== 'roles' || !roles || Object.keys(roles).join() !== 'includes')
    throw new Error(`${where}: jwt rule ${JSON.stringify(jwt)} is not of the form { roles: { includes } }`);
  return rankOf(String(roles.includes), where);
}

/** `node: { f: { eq: "$jwt.sub" } }` makes a row the caller's; `node: { f: { eq: true } }` a visibility. */
function nodeCondition(node: unknown, where: string): { own: boolean; visibleIf?: string } {
  let own = false;
  let visibleIf: string | undefined;
  for (const [field, test] of Object.entries((node ?? {}) as Plain)) {
    const eq =
      test && typeof test === 'object' && Object.keys(test).join() === 'eq' ? (test as Plain).eq : null;
    if (eq === '$jwt.sub') own = true;
    else if (eq === true && !visibleIf) visibleIf = field;
    else throw new Error(`${where}: node rule ${JSON.stringify({ [field]: test })} is not understood`);
  }
  return { own, visibleIf };
}

function requirements(directives: readonly ConstDirectiveNode[] | undefined, where: string): Requirement[] {
  const out: Requirement[] = [];
  for (const directive of directives ?? []) {
    const args = Object.fromEntries(
      (directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]),
    ) as Plain;
    if (directive.name.value === 'authentication') {
      const operations = (args.operations as string[] | undefined) ?? ALL_OPERATIONS;
      out.push({ rank: args.jwt ? jwtRank(args.jwt, where) : 0, own: false, operations });
    } else if (directive.name.value === 'authorization') {
      const rules = [
        ...((args.filter as Plain[] | undefined) ?? []),
        ...((args.validate as Plain[] | undefined) ?? []),
      ];
      for (const rule of rules) {
        const filter = rule.where as Plain;
        const unknown = Object.keys(filter).filter((k) => k !== 'jwt' && k !== 'node');
        if (unknown.length > 0)
          throw new Error(`${where}: @authorization where.${unknown[0]} is not understood`);
        const operations = (rule.operations as string[] | undefined) ?? ALL_OPERATIONS;
        out.push({
          rank: filter.jwt ? jwtRank(filter.jwt, where) : 0,
          ...nodeCondition(filter.node, where),
          operations,
        });
      }
    }
  }
  return out;
}

function ruleFor(operation: string, all: readonly Requirement[]): Rule {
  const applying = all.filter((r) => r.operations.includes(operation));
  if (applying.length === 0) return 'anyone';
  const rank = Math.max(...applying.map((r) => r.rank));
  const role = rank === 0 ? 'authenticated' : ROLES[rank - 1]!;
  const own = applying.some((r) => r.own) ? '+own' : '';
  const visibleIf = [...new Set(applying.flatMap((r) => (r.visibleIf ? [`+if:${r.visibleIf}`] : [])))];
  const suffix = `${own}${visibleIf.join('')}`;
  return role === 'authenticated' || !suffix ? role : `${role}+${suffix.slice(1)}`;
}

/** The root field that lists a type (`people: [Person!]!`), whose name the generated mutations share. */
function pluralOf(schema: GraphQLSchema, type: string): string | undefined {
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
  return fields.find((f) => {
    const list = isNonNullType(f.type) ? f.type.ofType : f.type;
    return isListType(list) && getNamedType(f.type).name === type && isObjectType(getNamedType(f.type));
  })?.name;
}

/**
 * The effective rule of every @node type per operation, and of every custom root field (`Query.search`),
 * read from the type definitions @neo4j/graphql builds from; `schema` (the built schema) tells which
 * operations it offers at all.
 */
export function effectiveAccess(
  document: DocumentNode,
  schema: GraphQLSchema,
): Record<string, Record<string, Rule>> {
  const schemaWide = document.definitions.flatMap((d) =>
    d.kind === Kind.SCHEMA_EXTENSION || d.kind === Kind.SCHEMA_DEFINITION
      ? requirements(d.directives, 'schema')
      : [],
  );
  const mutations = schema.getMutationType()?.getFields() ?? {};
  const result: Record<string, Record<string, Rule>> = {};
  const objects = document.definitions.filter(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION,
  );
  for (const type of objects) {
    const name = type.name.value;
    if (type.directives?.some((d) => d.name.value === 'node')) {
      const all = [...schemaWide, ...requirements(type.directives, name)];
      const plural = pluralOf(schema, name) ?? '';
      const Plural = plural.charAt(0).toUpperCase() + plural.slice(1);
      const offered = (verb: string) => Boolean(plural) && `${verb}${Plural}` in mutations;
      // Which nested operations the relationship fields offer (the library's default: all of them).
      const nested = new Set(
        (type.fields ?? []).flatMap((f) =>
          (f.directives ?? [])
            .filter((d) => d.name.value === 'relationship')
            .flatMap((d) => {
              const arg = d.arguments?.find((a) => a.name.value === 'nestedOperations');
              return arg ? (valueFromASTUntyped(arg.value) as string[]) : ['CONNECT', 'DISCONNECT'];
            }),
        ),
      );
      const writable = offered('create') || offered('update');
      const available: Record<Operation, boolean> = {
        read: Boolean(plural),
        aggregate: Boolean(plural),
        create: offered('create'),
        update: offered('update'),
        delete: offered('delete'),
        connect: writable && (nested.has('CONNECT') || nested.has('CREATE')),
        disconnect: writable && nested.has('DISCONNECT'),
      };
      result[name] = Object.fromEntries(
        OPERATIONS.map((op) => [op, available[op] ? ruleFor(LIBRARY_NAME[op], all) : '-']),
      );
    }
    if (name === 'Query' || name === 'Mutation') {
      for (const field of type.fields ?? []) {
        const all = [...schemaWide, ...requirements(field.directives, `${name}.${field.name.value}`)];
        result[`${name}.${field.name.value}`] = { call: ruleFor('READ', all) };
      }
    }
  }
  return result;
}
