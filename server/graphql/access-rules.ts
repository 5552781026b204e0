import { isRole, ROLES, type Role } from '../auth/roles.ts';
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
} from './graphql-js.ts';

/** The write operations of @neo4j/graphql's authorization rules; reads are covered by @authentication. */
export const WRITE_OPERATIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'CREATE_RELATIONSHIP',
  'DELETE_RELATIONSHIP',
] as const;

const FIELD_NAME = /^[a-z][A-Za-z0-9]*$/;

interface Access {
  read: Role;
  write?: Role;
  owner?: string;
  /** A Boolean field (a @cypher field) that must be true for the caller to read or write a row at all. */
  visibleIf?: string;
}

// The expansion, written once. Roles arrive expanded in the token (an editor's lists viewer, analyst and
// editor: request-context.ts), so each rule names the least role it admits.
const authentication = (role: Role) => `@authentication(jwt: { roles: { includes: "${role}" } })`;

function authorization(role: Role, owner: string | undefined, visibleIf: string | undefined): string {
  const conditions = [
    ...(owner ? [`${owner}: { eq: "$jwt.sub" }`] : []),
    ...(visibleIf ? [`${visibleIf}: { eq: true }`] : []),
  ];
  const node = conditions.length > 0 ? `, node: { ${conditions.join(', ')} }` : '';
  const where = `{ jwt: { roles: { includes: "${role}" } }${node} }`;
  // Rows the caller may not see are left out of reads without an error, so nobody learns they exist.
  const filter = visibleIf
    ? `filter: [{ operations: [READ, AGGREGATE], where: { node: { ${visibleIf}: { eq: true } } } }], `
    : '';
  return `@authorization(${filter}validate: [{ operations: [${WRITE_OPERATIONS.join(', ')}], when: [BEFORE, AFTER], where: ${where} }])`;
}

function directives(sdl: string): readonly ConstDirectiveNode[] {
  const type = parse(`type T ${sdl} { x: Int }`, { noLocation: true })
    .definitions[0] as ObjectTypeDefinitionNode;
  return type.directives ?? [];
}

/** Reads and checks the arguments of one `@access`; `where` names the place for error messages. */
function readAccess(directive: ConstDirectiveNode, where: string, allowed: readonly string[]): Access {
  const args = new Map((directive.arguments ?? []).map((a) => [a.name.value, a.value]));
  for (const name of args.keys())
    if (!allowed.includes(name))
      throw new Error(`${where}: @access takes ${allowed.join(', ')}, not "${name}"`);
  const role = (name: string): Role | undefined => {
    const value = args.get(name);
    if (value === undefined) return undefined;
    const text = value.kind === Kind.ENUM || value.kind === Kind.STRING ? value.value : '';
    if (!isRole(text)) throw new Error(`${where}: @access(${name}:) must be one of ${ROLES.join(', ')}`);
    return text;
  };
  const read = role('read');
  if (!read) throw new Error(`${where}: @access needs read: ${ROLES.join(' | ')}`);
  const write = role('write');
  if (write && ROLES.indexOf(write) < ROLES.indexOf(read))
    throw new Error(`${where}: @access(write: ${write}) is weaker than read: ${read}`);
  const field = (name: string, example: string): string | undefined => {
    const value = args.get(name);
    const text = value?.kind === Kind.STRING ? value.value : undefined;
    if (value && (!text || !FIELD_NAME.test(text)))
      throw new Error(`${where}: @access(${name}:) must name a field, e.g. ${name}: "${example}"`);
    return text;
  };
  return { read, write, owner: field('owner', 'author'), visibleIf: field('visibleIf', 'visible') };
}

const named = (list: readonly ConstDirectiveNode[] | undefined, name: string) =>
  (list ?? []).filter((d) => d.name.value === name);

function expandType(type: ObjectTypeDefinitionNode, file: string): ObjectTypeDefinitionNode {
  const where = `${file}: type ${type.name.value}`;
  const access = named(type.directives, 'access');
  const isNode = named(type.directives, 'node').length > 0;
  if (named(type.directives, 'authentication').length + named(type.directives, 'authorization').length > 0)
    throw new Error(
      `${where}: state its access with @access(read:, write:), not @authentication/@authorization`,
    );
  if (access.length > 1) throw new Error(`${where}: one @access per type`);
  if (isNode && access.length === 0)
    throw new Error(`${where}: every @node type needs @access(read: <role>, write: <role>)`);
  if (!isNode && access.length > 0) throw new Error(`${where}: @access belongs on @node types and fields`);
  const fields = type.fields?.map((field) =>
    expandField(field, `${file}: ${type.name.value}.${field.name.value}`),
  );
  if (access.length === 0) return { ...type, fields };
  const rule = readAccess(access[0]!, where, ['read', 'write', 'owner', 'visibleIf']);
  if (!rule.write) throw new Error(`${where}: @access on a type needs write: too`);
  for (const [name, value] of [
    ['owner', rule.owner],
    ['visibleIf', rule.visibleIf],
  ] as const)
    if (value && !type.fields?.some((f) => f.name.value === value))
      throw new Error(`${where}: @access(${name}: "${value}") names no field of the type`);
  const sdl = [authentication(rule.read)];
  if (rule.write !== rule.read || rule.owner || rule.visibleIf)
    sdl.push(authorization(rule.write, rule.owner, rule.visibleIf));
  const others = (type.directives ?? []).filter((d) => d.name.value !== 'access');
  return { ...type, directives: [...others, ...directives(sdl.join(' '))], fields };
}

function expandField(field: FieldDefinitionNode, where: string): FieldDefinitionNode {
  const access = named(field.directives, 'access');
  if (access.length === 0) return field;
  if (access.length > 1) throw new Error(`${where}: one @access per field`);
  const rule = readAccess(access[0]!, where, ['read']);
  const others = (field.directives ?? []).filter((d) => d.name.value !== 'access');
  return { ...field, directives: [...others, ...directives(authentication(rule.read))] };
}

/**
 * Expands `@access(read: viewer, write: editor)` on @node types (plus `owner: "field"` for rows only their
 * author may write, and `visibleIf: "field"`, a Boolean @cypher field, for rows some callers may not even
 * read: they are filtered out of reads and refused to writes) and `@access(read: viewer)` on fields into @neo4j/graphql 7's @authentication and
 * @authorization, so every rule has one shape. A @node type without @access, or with the library's
 * directives written by hand, is refused: no type can be left open or protected differently by mistake.
 */
export function expandAccessRules(document: DocumentNode, file: string): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION
        ? (expandType(d as ObjectTypeDefinitionNode, file) as typeof d)
        : d,
    ),
  };
}
