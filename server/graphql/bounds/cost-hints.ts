/**
 * What the cost model cannot read from the schema. Field weights: a value counts as one unit when it is
 * an id, a name, a number or a flag (tens of bytes of JSON), free text as five (a note is ~130 Cyrillic
 * characters, ~260 bytes), a document's full text as fifty. Weighted by bytes because the event-loop work
 * an answer costs grows with its bytes: at three, the costliest admissible answer was 212 KB and /health's
 * p99 under eight of them 111 ms at load 7; at five it is about half the size.
 * List sizes of fields whose Cypher the library does not cut (the graph views in cypher/queries/), for the
 * cost model. Each mirrors the clamp written in its .cypher file; views without a clamp get a size that
 * covers the seed and the synthetic graphs (docs/performance.md), and the response-size cap guards the rest.
 */
type Args = Record<string, unknown>;

const clamp = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' ? Math.min(max, Math.max(min, Math.trunc(value))) : fallback;

/** Values that count as more than one unit, by `Type.field` first, then by field name. */
export const FIELD_WEIGHTS: Record<string, number> = {
  // A press release: 2 KB in the seed, up to ~10 KB for a long one.
  'Source.text': 50,
};
/** Free text (notes, summaries, quotes, an inferred fact's basis): up to ~230 characters in the seed. */
export const FIELD_NAME_WEIGHTS: Record<string, number> = {
  notes: 5,
  summaryEn: 5,
  text: 5,
  quote: 5,
  basis: 5,
};

/** Evidence items counted per fact (see VIEW_LIST_SIZES). */
const EVIDENCE_ITEMS = 3;

/** `__schema`: the whole schema, about 1.5 MB of JSON; GraphiQL asks for it once per page load. */
export const INTROSPECTION_COST = 5000;

/** Size of a list-returning view: `Parent.field` → items. */
export const VIEW_LIST_SIZES: Record<string, (args: Args) => number> = {
  // search-entities.cypher: LIMIT clamped to 1..100.
  'Query.search': (args) => clamp(args.limit, 1, 100, 20),
  // find-edges-among.cypher: relationships among at most 1,000 ids, one per id (a canvas is sparse: the
  // seed has fewer relationships than nodes once MENTIONED_IN is left out); the response-size cap guards
  // a denser set. The workspace's 500-node canvas with its edge fields costs 9,000.
  'Query.edgesAmong': (args) => clamp(Array.isArray(args.ids) ? args.ids.length : 0, 0, 1000, 0),
  // A fact's evidence items, one per source that states it: at most 3 in the seed and the synthetic
  // graphs (data contract v2); a fact that many sources cite is bounded by the response-size cap.
  'Fact.evidence': () => EVIDENCE_ITEMS,
  'GraphEdge.evidence': () => EVIDENCE_ITEMS,
  'SourceFact.evidence': () => EVIDENCE_ITEMS,
  'RecordedFact.evidence': () => EVIDENCE_ITEMS,
};

/** Sizes of the lists inside an object a view returns: `Parent.field` → list field → items. */
export const VIEW_SLICE_SIZES: Record<string, (args: Args) => Record<string, number>> = {
  // expand-neighborhood.cypher: at most `limit` (1..500) nodes; edges only among them.
  'Query.neighborhood': (args) => {
    const nodes = clamp(args.limit, 1, 500, 200);
    return { nodes, edges: 2 * nodes };
  },
  // find-shortest-path.cypher: one path of at most maxHops (1..10) hops.
  'Query.shortestPath': (args) => {
    const hops = clamp(args.maxHops, 1, 10, 6);
    return { nodes: hops + 1, edges: hops };
  },
  // One directive's chain: its own links, its issuer's and controllers' posts and bodies (trace-responsibility-
  // chain.cypher follows no open-ended path); about 20 elements on the seed graph. Sized so that a
  // coordinator can ask for every edge's evidence within the budget.
  'Query.responsibilityChain': () => ({ nodes: 60, edges: 100 }),
  // One region's network: a few dozen elements on the seed graph.
  'Query.supplyNetwork': () => ({ nodes: 100, edges: 150 }),
};
