import type { Driver } from 'neo4j-driver';
import type { Role } from '../../server/auth/roles.ts';

/** A caller of the access matrix: a role, nobody, or someone holding a token that must not pass. */
export type Caller = string;

/** One operation of the matrix: the least role it needs and, for writes, the effect a refusal must prevent. */
export interface AccessOperation {
  name: string;
  least: Role;
  query: (caller: Caller) => string;
  /** Cypher and its parameters, returning `n` > 0 when the caller's write took effect. */
  effect?: (caller: Caller) => [string, Record<string, unknown>];
}

/** A seed Source every run has; the scratch facts cite it as inferred, so no quote is needed. */
const ARTICLE = 'source:000-45e4f8d52d4d9bbc';
const LINKED = 'MATCH (:Agency {id: $from})-[r:PART_OF]->(:Agency {id: $to}) RETURN count(r) AS n';
const LINKED_OPTIONAL = 'OPTIONAL MATCH (:Agency {id: $from})-[r:PART_OF]->(:Agency {id: $to})';

/**
 * Every kind of operation the API offers (read, connection, aggregate, search, each graph view, create,
 * update, delete, connect, disconnect, admin reads). Writes touch only this run's scratch agencies, one
 * set per caller (see `createScratch`), so cells never depend on each other.
 */
export function accessOperations(run: string, subject: (caller: Caller) => string): AccessOperation[] {
  const a = (caller: Caller, what: string) => `agency:test-${run}-${what}-${caller}`;
  const byId = (id: string) => `where: { id: { eq: "${id}" } }`;
  const nodeId = (id: string) => `where: { node: { id: { eq: "${id}" } } }`;
  return [
    { name: 'read nodes', least: 'viewer', query: () => `{ people { id name } }` },
    {
      name: 'nested relationship + edge properties',
      least: 'viewer',
      query: () => `{ people { holdsConnection { edges { properties { quote } } } } }`,
    },
    { name: 'connection', least: 'viewer', query: () => `{ peopleConnection { edges { node { id } } } }` },
    {
      name: 'aggregation',
      least: 'viewer',
      query: () => `{ agenciesConnection { aggregate { count { nodes } } } }`,
    },
    { name: 'interface query', least: 'viewer', query: () => `{ entities(limit: 5) { id name } }` },
    {
      name: 'full-text query field',
      least: 'viewer',
      query: () => `{ peopleByName(phrase: "Аленов") { edges { node { id } } } }`,
    },
    { name: 'search (@cypher)', least: 'viewer', query: () => `{ search(text: "Аленов") { id } }` },
    {
      name: 'neighborhood',
      least: 'viewer',
      query: () => `{ neighborhood(id: "person:alenov") { nodes { id } } }`,
    },
    {
      name: 'shortestPath',
      least: 'viewer',
      query: () => `{ shortestPath(fromId: "person:alenov", toId: "city:kokshetau") { nodes { id } } }`,
    },
    {
      name: 'responsibilityChain',
      least: 'viewer',
      query: () => `{ responsibilityChain(directiveId: "directive:precursor-imports") { nodes { id } } }`,
    },
    {
      name: 'supplyNetwork',
      least: 'viewer',
      query: () => `{ supplyNetwork(regionId: "region:north-kazakhstan") { nodes { id } } }`,
    },
    {
      name: 'edgesAmong',
      least: 'viewer',
      query: () => `{ edgesAmong(ids: ["person:alenov", "directive:precursor-imports"]) { id type } }`,
    },
    { name: 'viewLimits', least: 'viewer', query: () => `{ viewLimits { neighborhoodNodes } }` },
    {
      name: 'annotate',
      least: 'analyst',
      query: (c) =>
        `mutation { createAnnotations(input: [{ text: "note", author: "${subject(c)}", aboutIds: ["person:alenov"] }]) { annotations { id } } }`,
      effect: (c) => ['MATCH (n:Annotation {author: $id}) RETURN count(n) AS n', { id: subject(c) }],
    },
    {
      name: 'create',
      least: 'editor',
      query: (c) =>
        `mutation { createAgencies(input: [{ id: "${a(c, 'new')}", name: "Test" }]) { agencies { id } } }`,
      effect: (c) => ['MATCH (n:Agency {id: $id}) RETURN count(n) AS n', { id: a(c, 'new') }],
    },
    {
      name: 'update',
      least: 'editor',
      query: (c) =>
        `mutation { updateAgencies(${byId(a(c, 'target'))}, update: { notes: { set: "changed" } }) { agencies { id } } }`,
      effect: (c) => [
        "MATCH (n:Agency {id: $id, notes: 'changed'}) RETURN count(n) AS n",
        { id: a(c, 'target') },
      ],
    },
    {
      name: 'delete',
      least: 'editor',
      query: (c) => `mutation { deleteAgencies(${byId(a(c, 'doomed'))}) { nodesDeleted } }`,
      effect: (c) => ['OPTIONAL MATCH (n:Agency {id: $id}) RETURN 1 - count(n) AS n', { id: a(c, 'doomed') }],
    },
    {
      // Facts are linked only through recordFact, which checks their evidence (generic connect is gone).
      name: 'record a fact',
      least: 'editor',
      query: (c) =>
        `mutation { recordFact(input: { type: PART_OF, from: "${a(c, 'target')}", to: "${a(c, 'parent')}", evidence: { sourceId: "${ARTICLE}", inferred: true, basis: "access matrix test" } }) { id } }`,
      effect: (c) => [LINKED, { from: a(c, 'target'), to: a(c, 'parent') }],
    },
    {
      name: 'disconnect',
      least: 'editor',
      query: (c) =>
        `mutation { updateAgencies(${byId(a(c, 'child'))}, update: { partOf: [{ disconnect: [{ ${nodeId(a(c, 'parent'))} }] }] }) { agencies { id } } }`,
      effect: (c) => [
        `${LINKED_OPTIONAL} RETURN 1 - count(r) AS n`,
        { from: a(c, 'child'), to: a(c, 'parent') },
      ],
    },
    { name: 'read users', least: 'admin', query: () => `{ users { username role } }` },
    {
      name: 'read audit trail',
      least: 'admin',
      query: () => `{ auditEventsConnection { aggregate { count { nodes } } } }`,
    },
  ];
}

/** Each caller's scratch agencies (with the id label every node carries): an update/recordFact target, a parent, a linked child, one to delete. */
export async function createScratch(
  driver: Driver,
  database: string | undefined,
  run: string,
  callers: Caller[],
) {
  await driver.executeQuery(
    `UNWIND $callers AS c
     WITH 'agency:test-' + $run + '-' AS p, c
     CREATE (:Agency:Entity {id: p + 'target-' + c, name: 'Target'}), (:Agency:Entity {id: p + 'doomed-' + c, name: 'Doomed'}),
            (:Agency:Entity {id: p + 'child-' + c, name: 'Child'})-[:PART_OF]->(:Agency:Entity {id: p + 'parent-' + c, name: 'Parent'})`,
    { callers, run },
    { database },
  );
}
