import type { Collection, ElementDefinition, NodeSingular } from 'cytoscape';
import type { SearchHit } from '../api/index.ts';
import { expansionLimit, nodeElement, planExpansion } from '../graph/to-elements.ts';
import type { ExportFormat } from './export-view.ts';
import type { Workspace } from './workspace.ts';

// Actions change the workspace only through its methods (record, completeEdges, redraw, go, exploreFrom…),
// which keep the canvas, panels, URL and history consistent.

function targets(ws: Workspace): NodeSingular[] {
  const selected = ws.canvas.selectedNodes();
  if (selected.length) return selected;
  const focus = ws.cy.$id(ws.state.focus ?? '');
  return focus.nonempty() ? [focus as NodeSingular] : [];
}

/** Undo removes what an action added; redo puts it back (edges again only where both ends are there). */
function recordAdded(ws: Workspace, label: string, added: Collection): void {
  if (added.empty()) return;
  ws.record(
    label,
    () => added.remove(),
    () => ws.canvas.restore(added),
  );
}

/**
 * Which expanded node each newly drawn node is placed around: the first whose neighbourhood brought it. They
 * start on it too, so one the placement skips (hidden by a filter, so without a box) shows up near it.
 */
function anchorGroups(
  anchors: NodeSingular[],
  plans: { added: ElementDefinition[] }[],
  drawn: Collection,
): Map<string, string[]> {
  const fresh = new Set(drawn.nodes().map((n) => n.id()));
  const groups = new Map<string, string[]>();
  anchors.forEach((anchor, i) => {
    const ids = plans[i]!.added.filter((e) => e.group === 'nodes' && fresh.delete(String(e.data.id)));
    groups.set(
      anchor.id(),
      ids.map((e) => String(e.data.id)),
    );
    ids.forEach((e) => drawn.$id(String(e.data.id)).position(anchor.position()));
  });
  return groups;
}

/**
 * Adds the neighbours of the selected nodes (or the focus) and every relationship among all nodes then on
 * the canvas. Refuses with a message above the cap; says so when the server's own limit cut the answer.
 */
export function expand(ws: Workspace, nodes: NodeSingular[] = targets(ws)): Promise<void> {
  return nodes.length ? ws.track(() => expandNodes(ws, nodes)) : Promise.resolve();
}

async function expandNodes(ws: Workspace, nodes: NodeSingular[]): Promise<void> {
  ws.status.set('loading', ws.t('loading'));
  // Marks for the expansion's measurement (`npm run bench:views`) and the browser's performance panel.
  performance.mark('expand:start');
  try {
    const { neighborhoodNodes } = await ws.limits();
    const relTypes = ws.settings.expandType ? [ws.settings.expandType] : undefined;
    const present = ws.canvas.ids();
    const limit = expansionLimit(ws.settings.cap, ws.cy.nodes().length, neighborhoodNodes);
    const slices = await Promise.all(nodes.map((n) => ws.api.neighborhood(n.id(), { relTypes, limit })));
    performance.mark('expand:fetched');
    const plans = slices.map((slice) =>
      planExpansion(slice, ws.lang, present, ws.settings.cap, { asked: limit, serverMax: neighborhoodNodes }),
    );
    const added = [...new Map(plans.flatMap((p) => p.added).map((e) => [String(e.data.id), e])).values()];
    const newNodes = added.filter((e) => e.group === 'nodes').length;
    if (plans.some((p) => p.overCap) || newNodes > ws.settings.cap) {
      ws.status.set(
        'cap',
        ws.t('capExceededNodes', {
          n: Math.max(newNodes, ws.settings.cap + 1),
          cap: ws.settings.cap,
          max: neighborhoodNodes,
        }),
      );
      return;
    }
    const drawn = ws.canvas.add(added);
    // Placing new nodes around their anchor does not need the edges to what was there before: they are
    // asked at once and arrive while the nodes are drawn (a full layout waits for them). No details query:
    // the neighbourhood already carries every property and alias of its nodes.
    const edges = ws.completeEdges();
    edges.catch(() => undefined);
    if (ws.state.layout !== 'fcose') await edges;
    const cut = plans.some((p) => p.cutByServer);
    if (cut) ws.status.set('cap', ws.t('cutByServer', { max: neighborhoodNodes }));
    else ws.status.set(drawn.empty() ? 'info' : 'idle', drawn.empty() ? ws.t('nothingNew') : '');
    await ws.redraw({ around: anchorGroups(nodes, plans, drawn) });
    performance.mark('expand:drawn');
    recordAdded(ws, ws.t('expand'), drawn.union(await edges));
    performance.mark('expand:edges');
  } catch (error) {
    ws.fail(error);
  }
}

/**
 * A search hit: put it on the canvas in free space near the middle of the view (or find it there), draw
 * its relationships with what is already there, and select it, ready to expand.
 */
export function pick(ws: Workspace, hit: SearchHit): Promise<void> {
  return ws.track(() => pickHit(ws, hit));
}

async function pickHit(ws: Workspace, hit: SearchHit): Promise<void> {
  try {
    const fresh = ws.cy.$id(hit.id).empty();
    const added = fresh ? ws.canvas.add([nodeElement({ ...hit, lat: null, lon: null }, ws.lang)]) : null;
    if (added) {
      const extent = ws.cy.extent();
      const middle = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
      ws.canvas.placeFree(added.nodes()[0] as NodeSingular, middle);
    }
    if (ws.cy.nodes().length === 1 || ws.state.view !== 'explore') ws.exploreFrom(hit.id);
    // Selected at once, so Enter (expand) or a view button works while its relationships still load.
    ws.cy.elements().unselect();
    const node = ws.cy.$id(hit.id);
    node.select();
    ws.cy.animate({ center: { eles: node }, duration: 200 });
    ws.drawn();
    if (added) recordAdded(ws, hit.name, added.union(await ws.completeEdges()));
    ws.refreshPanels();
    // A search hit has no properties; a node already drawn got them with its view.
    if (added) void ws.enrich([hit.id]);
  } catch (error) {
    ws.fail(error);
  }
}

/** Hides the selection (not deleted: undo shows it again). */
export function hide(ws: Workspace): void {
  const selected = ws.cy.$(':selected');
  if (selected.empty()) return;
  selected.unselect().addClass('hidden');
  ws.record(
    ws.t('hide'),
    () => selected.removeClass('hidden'),
    () => selected.addClass('hidden'),
  );
}

/** Pins or unpins the selected nodes: pinned nodes keep their place through layouts and cannot be dragged. */
export function pin(ws: Workspace): void {
  const nodes = ws.cy.nodes(':selected');
  if (nodes.empty()) return;
  const toggle = () =>
    nodes.forEach((n) => {
      const pinned = !n.hasClass('pinned');
      n.toggleClass('pinned', pinned);
      if (pinned) n.lock();
      else n.unlock();
    });
  toggle();
  ws.record(ws.t('pin'), toggle, toggle);
}

/** Opens the supply network of the selected (or focused) region. */
export function supply(ws: Workspace): void {
  const region = targets(ws).find((n) => n.data('label') === 'Region');
  if (!region) return ws.status.set('info', ws.t('selectRegion'));
  void ws.go('supply', region.id());
}

/** Opens the responsibility chain of the selected (or focused) directive. */
export function chain(ws: Workspace): void {
  const directive = targets(ws).find((n) => n.data('label') === 'Directive');
  if (!directive) return ws.status.set('info', ws.t('selectDirective'));
  void ws.go('chain', directive.id());
}

/** Opens the shortest path between the two selected nodes. */
export function path(ws: Workspace): void {
  const selected = ws.canvas.selectedNodes();
  if (selected.length !== 2) return ws.status.set('info', ws.t('selectTwo'));
  void ws.go('path', selected[0]!.id(), selected[1]!.id());
}

/** Exports what is visible; an empty canvas gets a clear message instead of an empty file or an error. */
export function exportAs(ws: Workspace, format: ExportFormat): void {
  if (ws.cy.elements(':visible').empty()) return ws.status.set('info', ws.t('exportEmpty'));
  const name = `opsgraph-${ws.state.view}${ws.state.focus ? `-${ws.state.focus.replace(/[^\w-]+/g, '_')}` : ''}`;
  import('./export-view.ts')
    .then(({ exportView }) => exportView(ws, format, name))
    .catch((error: unknown) => ws.fail(error));
}
