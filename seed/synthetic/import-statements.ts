import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../vocabulary.ts';

// Labels and types are spliced in from the vocabulary, never from input, and every value is a $parameter.
// Static labels (rather than the seed loader's dynamic `$(row.label)`) let the planner use the `id`
// uniqueness index for MERGE and MATCH: with a dynamic label Neo4j 5.26 scans, which is fine for a
// few hundred seed rows and hopeless for a million.
function checked<T extends string>(value: T, allowed: readonly string[]): T {
  if (!allowed.includes(value)) throw new Error(`Not in the data contract: ${value}`);
  return value;
}

const PROPERTY = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * One `SET x.key = row.props.key` per property. `SET x += row.props` would be shorter, but the planner
 * cannot rule out that the map overwrites `id`, so it puts an Eager (materialise every row first) into
 * the plan; naming the keys removes it. A key missing from a row sets null, i.e. no property.
 */
function setters(variable: string, keys: readonly string[]): string {
  if (keys.length === 0) return '';
  const parts = keys.map((key) => {
    if (!PROPERTY.test(key) || key === 'id') throw new Error(`Bad property key: ${key}`);
    return `${variable}.${key} = row.props.${key}`;
  });
  return `\nSET ${parts.join(', ')}`;
}

/** MERGE on `id` makes re-runs create nothing; the SET refreshes the other properties. */
export function mergeNodesStatement(label: NodeLabel, keys: readonly string[]): string {
  return /* cypher */ `UNWIND $rows AS row
MERGE (n:${checked(label, NODE_LABELS)} {id: row.id})${setters('n', keys)}`;
}

/**
 * The generator emits each (type, start, end) at most once, so MERGE on the pattern alone is the re-run
 * key. Neo4j expands MERGE from the end with the lower degree, which keeps hubs (regions, ministries) cheap.
 */
export function mergeRelationshipsStatement(
  type: RelationshipType,
  from: NodeLabel,
  to: NodeLabel,
  keys: readonly string[],
): string {
  return /* cypher */ `UNWIND $rows AS row
MATCH (a:${checked(from, NODE_LABELS)} {id: row.from})
MATCH (b:${checked(to, NODE_LABELS)} {id: row.to})
MERGE (a)-[r:${checked(type, RELATIONSHIP_TYPES)}]->(b)${setters('r', keys)}`;
}

/** Every property key that occurs in a batch, in first-seen order (rows of one batch share a shape). */
export function propertyKeys(rows: readonly { props: Record<string, unknown> }[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.props)) keys.add(key);
  return [...keys];
}
