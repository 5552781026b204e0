import type { Core, NodeSingular } from 'cytoscape';
import type { Point } from '../geo/projection.ts';
import type { Bounds } from './geo-positions.ts';
import { freeSpot, separateBoxes, type Box } from './overlap.ts';
import { placeAround } from './place-around.ts';

/** Largest zoom a fit may leave behind: `fit` would blow a three-node path up to poster size. */
export const MAX_FIT_ZOOM = 1.3;
/** Free space kept between two nodes' boxes (shape and label). */
export const NODE_GAP = 8;

function boxOf(n: NodeSingular, fixed: (node: NodeSingular) => boolean): Box {
  const bb = n.boundingBox({ includeLabels: true, includeOverlays: false });
  return {
    id: n.id(),
    x: (bb.x1 + bb.x2) / 2,
    y: (bb.y1 + bb.y2) / 2,
    w: bb.w,
    h: bb.h,
    fixed: n.hasClass('pinned') || fixed(n),
  };
}

/** Boxes of the visible nodes, labels included, as the overlap pass sees them. */
export function nodeBoxes(cy: Core, fixed: (node: NodeSingular) => boolean = () => false): Box[] {
  return cy.nodes(':visible').map((n) => boxOf(n, fixed));
}

/**
 * Boxes of the nodes a filter hides (not those the reader hid): they are not drawn, so they have no box of
 * their own; the filter's class is lifted while they are measured, and put back before anything is painted.
 */
function filteredBoxes(cy: Core, fixed: (node: NodeSingular) => boolean): Box[] {
  const filtered = cy.nodes('.filtered').not('.hidden');
  if (filtered.empty()) return [];
  filtered.removeClass('filtered');
  try {
    return filtered.map((n) => boxOf(n as NodeSingular, fixed));
  } finally {
    filtered.addClass('filtered');
  }
}

/** The overlap pass: nodes moved by as little as needed so no two boxes intersect. */
export function separateNodes(cy: Core, fixed: (node: NodeSingular) => boolean = () => false): void {
  const boxes = nodeBoxes(cy, fixed);
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const moved = separateBoxes(boxes, NODE_GAP);
  cy.batch(() => {
    for (const [id, centre] of moved) {
      const node = cy.$id(id);
      const box = byId.get(id)!;
      const p = node.position();
      node.position({ x: p.x + centre.x - box.x, y: p.y + centre.y - box.y });
    }
  });
}

/**
 * Puts newly added nodes in free space around the node each was expanded from (`groups`: anchor id → new
 * node ids), group after group, leaving every other node where it is. Nodes an active filter hides are
 * placed (new ones) and avoided (old ones) as if drawn, so clearing the filter shows a picture where nothing
 * covers anything; nodes the reader hid have no box and keep their position.
 */
export function placeNew(
  cy: Core,
  groups: ReadonlyMap<string, readonly string[]>,
  fixed: (node: NodeSingular) => boolean = () => false,
): void {
  const fresh = new Set([...groups.values()].flat());
  const all = [...nodeBoxes(cy, fixed), ...filteredBoxes(cy, fixed)];
  const obstacles = all.filter((b) => !fresh.has(b.id));
  const boxOf = new Map(all.map((b) => [b.id, b]));
  const moves: [NodeSingular, Point][] = [];
  for (const [anchorId, ids] of groups) {
    const anchorNode = cy.$id(anchorId);
    const anchor = boxOf.get(anchorId) ?? (anchorNode.nonempty() ? anchorNode.position() : { x: 0, y: 0 });
    const boxes = ids.map((id) => boxOf.get(id)).filter((b) => b !== undefined);
    for (const [id, centre] of placeAround(anchor, boxes, obstacles, NODE_GAP)) {
      const box = boxOf.get(id)!;
      const node = cy.$id(id) as NodeSingular;
      const p = node.position();
      // The box's centre is below the node's (the label hangs under it): keep that offset.
      moves.push([node, { x: p.x + centre.x - box.x, y: p.y + centre.y - box.y }]);
      obstacles.push({ ...box, ...centre });
    }
  }
  cy.batch(() => {
    for (const [node, p] of moves) node.position(p);
  });
}

/** Places a node in the free space nearest to `want` (model coordinates). */
export function placeFree(cy: Core, node: NodeSingular, want: Point): void {
  node.position(want);
  const bb = node.boundingBox({ includeLabels: true, includeOverlays: false });
  const offset = { x: (bb.x1 + bb.x2) / 2 - want.x, y: (bb.y1 + bb.y2) / 2 - want.y };
  const others = nodeBoxes(cy).filter((b) => b.id !== node.id());
  const spot = freeSpot(
    others,
    { x: want.x + offset.x, y: want.y + offset.y },
    { w: bb.w, h: bb.h },
    NODE_GAP,
  );
  node.position({ x: spot.x - offset.x, y: spot.y - offset.y });
}

/** Fits the visible elements, no closer than MAX_FIT_ZOOM. */
export function fitVisible(cy: Core): void {
  const visible = cy.elements(':visible');
  if (visible.empty()) return;
  cy.fit(visible, 40);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(visible);
  }
}

/** Zooms and pans so a model-coordinate box fills the canvas (the whole map on opening the geo view). */
export function fitBounds(cy: Core, b: Bounds, padding = 24): void {
  const width = cy.width() - 2 * padding;
  const height = cy.height() - 2 * padding;
  if (width <= 0 || height <= 0 || b.x2 <= b.x1 || b.y2 <= b.y1) return;
  const zoom = Math.min(width / (b.x2 - b.x1), height / (b.y2 - b.y1), MAX_FIT_ZOOM);
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - zoom * ((b.x1 + b.x2) / 2), y: cy.height() / 2 - zoom * ((b.y1 + b.y2) / 2) },
  });
}

/** The smallest box holding both. */
export function union(a: Bounds, b: Bounds): Bounds {
  return {
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  };
}
