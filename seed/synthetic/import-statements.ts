import {
  ID_LABEL,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../../vocabulary/index.ts';

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
 * One `SET x.key = row[i]` per property. `SET x += row.props` (a map per row) would be shorter, but the
 * planner cannot rule out that the map overwrites `id`, so it puts an Eager (materialise every row first) into
 * the plan; naming the keys removes it. A key missing from a row sets null, i.e. no property.
 */
function setters(variable: string, keys: readonly string[], first: number, ownsId = false): string {
  if (keys.length === 0) return '';
  const parts = keys.map((key, i) => {
    // A node's id is its MERGE key (row[0]); a relationship's is one more property.
    if (!PROPERTY.test(key) || (key === 'id' && !ownsId)) throw new Error(`Bad property key: ${key}`);
    return `${variable}.${key} = row[${first + i}]`;
  });
  return `\nSET ${parts.join(', ')}`;
}

/**
 * The importer's node statement, for positional rows `[id, …values]` (batch-rows.ts). It returns each
 * node's internal id with its `id`, so the relationship phase finds its ends by id lookup (`NodeByIdSeek`)
 * instead of two uniqueness-index seeks per row, which also take index-entry locks in a write query:
 * -25 % server CPU and a third of the deadlock retries for relationships (docs/performance.md, B6).
 */
export function nodeRowsStatement(label: NodeLabel, keys: readonly string[]): string {
  // Every node also carries the id label (ids unique across labels, data contract v2).
  return /* cypher */ `UNWIND $rows AS row
MERGE (n:${checked(label, NODE_LABELS)} {id: row[0]})
SET n:${ID_LABEL}${setters('n', keys, 1)}
RETURN collect([row[0], id(n)]) AS ids`;
}

/**
 * The importer's relationship statement, for rows `[start, end, …values]` whose ends are internal ids the
 * node statement returned in the same run (they are never stored or shown; `id()` is deprecated for
 * anything longer-lived). The generator emits each (type, start, end) at most once, so MERGE on the
 * pattern is the re-run key.
 */
export function relationshipRowsStatement(type: RelationshipType, keys: readonly string[]): string {
  return /* cypher */ `UNWIND $rows AS row
MATCH (a) WHERE id(a) = row[0]
MATCH (b) WHERE id(b) = row[1]
MERGE (a)-[r:${checked(type, RELATIONSHIP_TYPES)}]->(b)${setters('r', keys, 2, true)}`;
}

/** Every property key that occurs in a batch, in first-seen order (rows of one batch share a shape). */
export function propertyKeys(rows: readonly { props: Record<string, unknown> }[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.props)) keys.add(key);
  return [...keys];
}
