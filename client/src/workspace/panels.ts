import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { yearBounds, type Filters } from '../graph/filters.ts';
import type { Lang, NodeData } from '../graph/graph-types.ts';
import { numericProperties, propertyValue, type StyleRule } from '../graph/style-rules.ts';
import type { ViewState } from '../graph/url-state.ts';
import { chainPanel } from '../ui/chain-panel.ts';
import type { DetailsPanel } from '../ui/details-panel.ts';
import { fill } from '../ui/dom.ts';
import { edgeLegend } from '../ui/edge-legend.ts';
import { filtersPanel } from '../ui/filters-panel.ts';
import { legend } from '../ui/legend.ts';
import { styleRulesPanel } from '../ui/style-rules-panel.ts';
import type { LoadedView } from './load-view.ts';
import type { Skeleton } from './skeleton.ts';

/** What the panels read from the workspace, and the two changes they ask of it. */
export interface PanelHost {
  readonly cy: Core;
  readonly dom: Skeleton;
  readonly details: DetailsPanel;
  readonly lang: Lang;
  readonly state: ViewState;
  readonly view: LoadedView | null;
  readonly filters: Filters;
  readonly rule: StyleRule | null;
  setFilters(filters: Filters): void;
  setRule(rule: StyleRule | null): void;
  /** Opens the coordinator's brief of the chain on the canvas. */
  openBrief(): void;
}

/** The kinds of edge styles on the canvas, for the edge legend. */
function edgeKinds(cy: Core): Set<string> {
  const kinds = new Set<string>();
  cy.edges(':visible').forEach((e) => {
    if (e.hasClass('flow')) kinds.add('flow');
    else kinds.add(e.data('inferred') ? 'inferred' : 'stated');
    if (e.hasClass('path')) kinds.add('path');
  });
  if (cy.edges(':selected').nonempty()) kinds.add('selected');
  return kinds;
}

/** Left sidebar: the legends of nodes and edges, filters, and the styling rule for what is on the canvas. */
export function renderSidebar(ws: PanelHost): void {
  const nodes = ws.cy.nodes().map((n) => n.data() as NodeData);
  const labels = [...new Set(nodes.map((n) => n.label))].sort();
  const types = [...new Set(ws.cy.edges('[type]').map((e) => e.data('type') as string))].sort();
  const properties = numericProperties(nodes);
  const values = ws.rule ? nodes.flatMap((n) => propertyValue(n, ws.rule!.property) ?? []) : [];
  const range = values.length ? { min: Math.min(...values), max: Math.max(...values) } : null;
  fill(
    ws.dom.sidebar,
    legend(ws.lang, new Set(labels)),
    edgeLegend(ws.lang, edgeKinds(ws.cy)),
    styleRulesPanel(ws.lang, properties, ws.rule, range, (rule) => ws.setRule(rule)),
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
      chainPanel(
        chain.steps(ws.lang),
        ws.lang,
        (id) => {
          ws.cy.elements().unselect();
          ws.cy.$id(id).select();
        },
        () => ws.openBrief(),
      ),
    );
  }
  fill(ws.dom.side, ws.details.element);
}
