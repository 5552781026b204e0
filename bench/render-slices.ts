import type { Driver } from 'neo4j-driver';
import type { Slice } from '../client/src/graph/graph-types.ts';
import { idOf, type GraphPlan } from '../seed/synthetic/graph-plan.ts';
import type { RenderSlices } from './browser-bench.ts';

// A breadth-first piece of the graph around a big body, the way a user's expansions grow a picture.
const SUBGRAPH = /* cypher */ `
MATCH (start:Agency {id: $id})
CALL apoc.path.subgraphAll(start, {maxLevel: 8, limit: $limit,
  relationshipFilter: 'HOLDS|POSITION_IN|PART_OF|REPORTS_TO|JURISDICTION|LOCATED_IN|ASSIGNED_TO|COOPERATES_WITH|ISSUED|SEIZED|DISRUPTED'})
YIELD nodes, relationships
RETURN [n IN nodes | n {.id, .name, .nameEn, .lat, .lon, label: head(labels(n))}] AS nodes,
       [r IN relationships | {id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id,
        quote: r.quote, sourceId: r.sourceId, start: r.start, end: r.end, inferred: false, basis: null}] AS edges`;

/** Slices for the rendering bench: by node count (layout) and by element count, nodes plus edges (drawing). */
export async function renderSlices(driver: Driver, plan: GraphPlan): Promise<RenderSlices> {
  const { records } = await driver.executeQuery(SUBGRAPH, { id: idOf(plan, 'Agency', 1), limit: 10_000 });
  const all = { nodes: records[0]!.get('nodes'), edges: records[0]!.get('edges') } as Slice;
  return {
    fcose1000: firstNodes(all, 1000),
    fcose5000: firstNodes(all, 5000),
    elements2000: firstElements(all, 2000),
    elements5000: firstElements(all, 5000),
    elements10000: firstElements(all, 10_000),
  };
}

/** The first `count` nodes and the edges among them. */
export function firstNodes(slice: Slice, count: number): Slice {
  const nodes = slice.nodes.slice(0, count);
  const ids = new Set(nodes.map((n) => n.id));
  return { ...slice, nodes, edges: slice.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/** The smallest prefix of nodes whose nodes plus induced edges reach `count` elements, trimmed to exactly it. */
export function firstElements(slice: Slice, count: number): Slice {
  const position = new Map(slice.nodes.map((n, i) => [n.id, i]));
  // An edge joins the picture when its later endpoint does.
  const joinsAt = slice.edges
    .map((e) => ({ e, at: Math.max(position.get(e.source) ?? Infinity, position.get(e.target) ?? Infinity) }))
    .filter((x) => Number.isFinite(x.at))
    .sort((a, b) => a.at - b.at);
  let nodes = 0;
  let edges = 0;
  while (nodes < slice.nodes.length && nodes + edges < count) {
    nodes++;
    while (edges < joinsAt.length && joinsAt[edges]!.at < nodes) edges++;
  }
  const kept = joinsAt.slice(0, Math.max(0, Math.min(edges, count - nodes))).map((x) => x.e);
  return { ...slice, nodes: slice.nodes.slice(0, nodes), edges: kept };
}
