import type { Core } from 'cytoscape';
import type { Point } from '../geo/projection.ts';
import type { WorkingSet } from '../graph/working-set.ts';

/** What restoring a working set needs from the workspace (kept narrow: no import of the Workspace class). */
export interface WorkingSetHost {
  readonly cy: Core;
  fetchNodes(ids: string[]): Promise<void>;
}

/** The canvas as a working set: its nodes (not derived elements), hidden and pinned ones, and positions. */
export function readWorkingSetOf(cy: Core): WorkingSet {
  const positions = new Map<string, Point>();
  cy.nodes().forEach((n) => {
    positions.set(n.id(), { ...n.position() });
  });
  return {
    nodes: cy.nodes().map((n) => n.id()),
    hidden: cy.nodes('.hidden').map((n) => n.id()),
    pinned: cy.nodes('.pinned').map((n) => n.id()),
    positions,
  };
}

/**
 * Makes the canvas hold exactly the working set's nodes: fetches those the view did not load, drops the
 * view's nodes the set does not name, hides and pins as recorded, and puts nodes at their recorded places.
 * Ids no longer in the graph are skipped.
 */
export async function applyWorkingSet(host: WorkingSetHost, set: WorkingSet): Promise<void> {
  const { cy } = host;
  const wanted = new Set(set.nodes);
  await host.fetchNodes(set.nodes.filter((id) => cy.$id(id).empty()));
  cy.batch(() => {
    cy.nodes()
      .filter((n) => !wanted.has(n.id()))
      .remove();
    if (set.positions)
      for (const [id, p] of set.positions) {
        const node = cy.$id(id);
        if (node.nonempty()) node.position(p);
      }
    for (const id of set.hidden) cy.$id(id).addClass('hidden');
    // Pinned last: a locked node no longer takes a position.
    for (const id of set.pinned) cy.$id(id).addClass('pinned').lock();
  });
}
