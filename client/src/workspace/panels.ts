import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { yearBounds, type Filters } from '../graph/filters.ts';
import type { Lang, NodeData } from '../graph/graph-types.ts';
import type { ViewState } from '../graph/url-state.ts';
import { chainPanel } from '../ui/chain-panel.ts';
import { fill } from '../ui/dom.ts';
import { filtersPanel } from '../ui/filters-panel.ts';
import type { DetailsPanel } from '../ui/details-panel.ts';
import { legend } from '../ui/legend.ts';
import type { LoadedView } from './load-view.ts';
import type { Skeleton } from './skeleton.ts';

/**
 * The part of the workspace the panels read and call. `Workspace` satisfies it structurally, so this
 * module does not import workspace.ts, which imports it (no cycle, not even a type-only one).
 */
export interface PanelHost {
  readonly cy: Core;
  readonly dom: Pick<Skeleton, 'sidebar' | 'side'>;
  readonly lang: Lang;
  readonly filters: Filters;
  readonly details: DetailsPanel;
  readonly state: Pick<ViewState, 'view'>;
  readonly view: Pick<LoadedView, 'chain'> | null;
  setFilters(filters: Filters): void;
}

/** Left sidebar: the legend and filters for what is on the canvas. */
export function renderSidebar(ws: PanelHost): void {
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
export function renderSelection(ws: PanelHost): void {
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
