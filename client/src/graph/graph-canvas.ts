import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { relCaption } from '../i18n/vocabulary.ts';
import { centrality, type CentralityMetric } from './centrality.ts';
import { edgeVisible, nodeVisible, type Filters } from './filters.ts';
import type { EdgeData, Lang, NodeData } from './graph-types.ts';
import { layoutOptions, type LayoutContext } from './layouts.ts';
import { nodeCaption } from './to-elements.ts';
import type { LayoutName } from './url-state.ts';

/** Above this many elements layouts run without animation. */
const ANIMATE_BELOW = 300;
/** Largest zoom a layout's fit may leave behind. */
const MAX_FIT_ZOOM = 1.3;

/** Renderer-side operations on the graph; every bulk change runs inside `cy.batch` (one redraw). */
export class GraphCanvas {
  constructor(readonly cy: Core) {}

  ids(): Set<string> {
    return new Set(this.cy.elements().map((e) => e.id()));
  }

  /** Adds elements and refreshes data of nodes already drawn (a search hit lacks lat/lon, a slice has them). */
  add(elements: ElementDefinition[]): Collection {
    let added = this.cy.collection();
    this.cy.batch(() => {
      const fresh = elements.filter((element) => {
        const existing = this.cy.getElementById(String(element.data.id));
        if (existing.empty()) return true;
        if (existing.isNode()) existing.data({ ...existing.data(), ...element.data });
        return false;
      });
      added = this.cy.add(fresh);
    });
    return added;
  }

  /** Replaces everything on the canvas; returns what was removed so undo can restore it. */
  replace(elements: ElementDefinition[]): Collection {
    let removed = this.cy.collection();
    this.cy.batch(() => {
      removed = this.cy.elements().remove();
      this.cy.add(elements);
    });
    return removed;
  }

  restore(removed: Collection): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      removed.restore();
    });
  }

  /** Applies the filters as a class, so hidden-by-filter and hidden-by-user stay independent. */
  applyFilters(filters: Filters): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.toggleClass('filtered', !nodeVisible(n.data() as NodeData, filters));
      });
      this.cy.edges().forEach((e) => {
        e.toggleClass('filtered', !edgeVisible(e.data() as EdgeData, filters));
      });
    });
  }

  /** Re-captions nodes and edges in the chosen language. */
  setLang(lang: Lang): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.data('caption', nodeCaption(n.data() as NodeData, lang));
      });
      this.cy.edges().forEach((e) => {
        e.data('caption', relCaption(e.data('type') as string, lang));
      });
    });
  }

  /** Runs a layout over the visible, unpinned elements; resolves when it has finished. */
  layout(name: LayoutName, context: Omit<LayoutContext, 'animate'> = {}): Promise<void> {
    const eles = this.cy.elements(':visible').not('node.pinned');
    if (eles.empty()) return Promise.resolve();
    const options = layoutOptions(name, eles, { ...context, animate: eles.length < ANIMATE_BELOW });
    const layout = eles.layout(options);
    const done = new Promise<void>((resolve) =>
      layout.one('layoutstop', () => {
        // `fit` blows a three-node path up to poster size; cap it so labels keep their usual size.
        if (this.cy.zoom() > MAX_FIT_ZOOM) {
          this.cy.zoom(MAX_FIT_ZOOM);
          this.cy.center(eles);
        }
        resolve();
      }),
    );
    layout.run();
    return done;
  }

  /** Sizes nodes by centrality, or back to the default size with `null`. */
  sizeBy(metric: CentralityMetric | null): void {
    this.cy.batch(() => {
      if (metric === null) {
        this.cy.nodes().removeClass('sized');
        return;
      }
      const scores = centrality(this.cy.elements(':visible'), metric);
      this.cy.nodes().forEach((n) => {
        n.data('centrality', scores.get(n.id()) ?? 0);
      });
      this.cy.nodes().addClass('sized');
    });
  }

  selectedNodes(): NodeSingular[] {
    return this.cy.nodes(':selected').toArray() as NodeSingular[];
  }
}
