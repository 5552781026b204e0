import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { yearBounds } from '../graph/filters.ts';
import type { NodeData } from '../graph/graph-types.ts';
import { chainPanel } from '../ui/chain-panel.ts';
import { fill } from '../ui/dom.ts';
import { filtersPanel } from '../ui/filters-panel.ts';
import { legend } from '../ui/legend.ts';
import type { Workspace } from './workspace.ts';

/** Left sidebar: the legend and filters for what is on the canvas. */
export function renderSidebar(ws: Workspace): void {
  const nodes = ws.cy.nodes().map((n) => n.data() as NodeData);
  const labels = [...new Set(nodes.map((n) => n.label))].sort();
  const types = [...new Set(ws.cy.edges().map((e) => e.data('type') as string))].sort();
  fill(
    ws.dom.sidebar,
    legend(ws.lang, new Set(labels)),
    filtersPanel(ws.lang, { labels, types, years: yearBounds(nodes) }, ws.filters, (f) => ws.setFilters(f)),
  );
}

/** Right panel: details of the last selected element and, in the chain view, the explained hops. */
export function renderSelection(ws: Workspace): void {
  const last = ws.cy.$(':selected').last();
  if (last.nonempty() && last.isNode()) {
    ws.details.showNode(last as NodeSingular, ws.lang, (edge) => ws.details.showEdge(edge, ws.lang));
  } else if (last.nonempty() && last.isEdge()) {
    ws.details.showEdge(last as EdgeSingular, ws.lang);
  } else {
    ws.details.showNothing(ws.lang);
  }
  const chain = ws.state.view === 'chain' ? ws.view?.chain : undefined;
  if (chain) {
    ws.details.append(
      chainPanel(chain.steps(ws.lang), ws.lang, (id) => {
        ws.cy.elements().unselect();
        ws.cy.$id(id).select();
      }),
    );
  }
  fill(ws.dom.side, ws.details.element);
}
