import neo4j, { type Integer } from 'neo4j-driver';
import type { RelRow } from './generate-graph.ts';
import type { PropValue, SynNode } from './node-factory.ts';
import { INTEGERS } from './prop-types.ts';

/**
 * Rows go over Bolt as positional lists, `[id, v1, v2, …]` in the order of the statement's keys, not as
 * `{id, props: {…}}` maps: the map form packs every key string again in every row and Neo4j unpacks it
 * into a map value per row. Measured on 300k nodes / 1.47M relationships: -17 % client CPU and -5 %
 * server CPU for the same statements (docs/performance.md, B6).
 */
type Cell = PropValue | Integer;

/** The driver sends every JS number as FLOAT; integer properties become neo4j Integers, as in the CSV. */
function cell(key: string, value: PropValue | undefined): Cell {
  if (value === undefined) return null; // SET to null = no property, as with a key missing from a map
  return typeof value === 'number' && INTEGERS.has(key) ? neo4j.int(value) : value;
}

/** `[id, …values]` per node, values in `keys` order (see `nodeRowsStatement`). */
export function nodeRows(rows: readonly SynNode[], keys: readonly string[]): Cell[][] {
  return rows.map((row) => [row.id, ...keys.map((key) => cell(key, row.props[key]))]);
}

/**
 * `[start, end, …values]` per relationship, the ends as the internal node ids the node phase returned
 * (see `relationshipRowsStatement`). An end without an id is a bug in the generator, so it throws.
 */
export function relationshipRows(
  rows: readonly RelRow[],
  keys: readonly string[],
  nodeIds: ReadonlyMap<string, number>,
): Cell[][] {
  const internal = (id: string): Integer => {
    const n = nodeIds.get(id);
    if (n === undefined) throw new Error(`Relationship end not imported: ${id}`);
    return neo4j.int(n);
  };
  return rows.map((row) => [
    internal(row.from),
    internal(row.to),
    ...keys.map((key) => cell(key, row.props[key])),
  ]);
}
