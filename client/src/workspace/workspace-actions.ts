import type { NodeSingular } from 'cytoscape';
import type { SearchHit } from '../api/index.ts';
import { nodeElement, planExpansion } from '../graph/to-elements.ts';
import { exportView, type ExportFormat } from './export-view.ts';
import type { Workspace } from './workspace.ts';

/** The server bounds `limit`; asking for one more than the cap is enough to know the cap would be exceeded. */
const SERVER_LIMIT = 200;

function targets(ws: Workspace): NodeSingular[] {
  const selected = ws.canvas.selectedNodes();
  if (selected.length) return selected;
  const focus = ws.cy.$id(ws.state.focus ?? '');
  return focus.nonempty() ? [focus as NodeSingular] : [];
}

/** Adds the neighbours of the selected nodes (or the focus), refusing with a message above the cap. */
export async function expand(ws: Workspace, nodes: NodeSingular[] = targets(ws)): Promise<void> {
  if (!nodes.length) return;
  ws.status.set('loading', ws.t('loading'));
  try {
    const relTypes = ws.settings.expandType ? [ws.settings.expandType] : undefined;
    const limit = Math.min(ws.settings.cap + 1, SERVER_LIMIT);
    const slices = await Promise.all(nodes.map((n) => ws.api.neighborhood(n.id(), { relTypes, limit })));
    const slice = { nodes: slices.flatMap((s) => s.nodes), edges: slices.flatMap((s) => s.edges) };
    const plan = planExpansion(slice, ws.lang, ws.canvas.ids(), ws.settings.cap);
    if (plan.overCap) {
      ws.status.set('cap', ws.t('capExceeded', { n: plan.added.length, cap: ws.settings.cap }));
      return;
    }
    const added = ws.canvas.add(plan.added);
    // New nodes start around what they were expanded from, so the incremental layout has a sensible start.
    const origin = nodes[0]!.position();
    added.nodes().forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, added.nodes().length);
      n.position({ x: origin.x + 120 * Math.cos(angle), y: origin.y + 120 * Math.sin(angle) });
    });
    if (added.nonempty()) ws.history.push('expand', () => added.remove());
    ws.status.set(added.empty() ? 'info' : 'idle', added.empty() ? ws.t('nothingNew') : '');
    await ws.redraw({ incremental: true });
    void ws.enrich(added.nodes().map((n) => n.id()));
  } catch (error) {
    ws.fail(error);
  }
}

/** A search hit: put it on the canvas (or find it there) and select it, ready to expand. */
export function pick(ws: Workspace, hit: SearchHit): void {
  const existing = ws.cy.$id(hit.id);
  if (existing.empty()) {
    const node = nodeElement({ ...hit, lat: null, lon: null }, ws.lang);
    const added = ws.canvas.add([node]);
    ws.history.push('add', () => added.remove());
    const extent = ws.cy.extent();
    added.nodes().positions(() => ({ x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 }));
  }
  if (ws.cy.nodes().length === 1 || ws.state.view !== 'explore') {
    ws.state = {
      ...ws.state,
      view: 'explore',
      focus: hit.id,
      to: null,
      layout: ws.state.view === 'explore' ? ws.state.layout : 'fcose',
    };
    ws.writeUrl(true);
    ws.renderChrome();
  }
  ws.cy.elements().unselect();
  const node = ws.cy.$id(hit.id);
  node.select();
  ws.cy.animate({ center: { eles: node }, duration: 200 });
  ws.refreshPanels();
  ws.drawn();
  void ws.enrich([hit.id]);
}

/** Hides the selection (not deleted: undo shows it again). */
export function hide(ws: Workspace): void {
  const selected = ws.cy.$(':selected');
  if (selected.empty()) return;
  selected.unselect().addClass('hidden');
  ws.history.push('hide', () => selected.removeClass('hidden'));
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
  ws.history.push('pin', toggle);
}

export function undo(ws: Workspace): void {
  const label = ws.history.undo();
  ws.status.set('info', label ? ws.t('undone', { what: label }) : ws.t('nothingToUndo'));
  ws.refreshPanels();
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

export function exportAs(ws: Workspace, format: ExportFormat): void {
  const name = `opsgraph-${ws.state.view}${ws.state.focus ? `-${ws.state.focus.replace(/[^\w-]+/g, '_')}` : ''}`;
  exportView(ws.cy, format, name).catch((error: unknown) => ws.fail(error));
}
