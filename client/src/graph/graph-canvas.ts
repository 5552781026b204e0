import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Point } from '../geo/projection.ts';
import { relCaption } from '../i18n/vocabulary.ts';
import { wrapCaption } from './caption-lines.ts';
import { fitBounds, fitVisible, placeFree, placeNew, separateNodes, union } from './canvas-geometry.ts';
import { centrality, type CentralityMetric } from './centrality.ts';
import { ensureLayout } from './create-cy.ts';
import { edgeVisible, nodeVisible, type Filters } from './filters.ts';
import type { EdgeData, Lang, NodeData } from './graph-types.ts';
import { layoutOptions, type LayoutContext } from './layouts.ts';
import { ruleColor, ruleSize, scaledValues, type StyleRule } from './style-rules.ts';
import { nodeCaption } from './to-elements.ts';
import type { LayoutName } from './url-state.ts';

/** Renderer-side operations on the graph; every bulk change runs inside `cy.batch` (one redraw). */
export class GraphCanvas {
  constructor(readonly cy: Core) {}

  ids(): Set<string> {
    return new Set(this.cy.elements().map((e) => e.id()));
  }

  /** Ids of the nodes on the canvas (hidden and filtered ones included), not derived elements. */
  nodeIds(): string[] {
    return this.cy.nodes().map((n) => n.id());
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

  /** Puts removed elements back: nodes first, then the edges whose two ends are on the canvas again. */
  restore(eles: Collection): void {
    this.cy.batch(() => {
      eles
        .nodes()
        .filter((n) => n.removed())
        .restore();
      eles
        .edges()
        .filter(
          (e) =>
            e.removed() &&
            this.cy.$id(e.data('source')).nonempty() &&
            this.cy.$id(e.data('target')).nonempty(),
        )
        .restore();
    });
  }

  /** Swaps the whole canvas for `next` (undo and redo of a view change). */
  swap(next: Collection): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.restore(next);
    });
  }

  /** Applies the filters as a class, so hidden-by-filter and hidden-by-user stay independent. */
  applyFilters(filters: Filters): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.toggleClass('filtered', !nodeVisible(n.data() as NodeData, filters));
      });
      this.cy.edges('[type]').forEach((e) => {
        e.toggleClass('filtered', !edgeVisible(e.data() as EdgeData, filters));
      });
    });
  }

  /** Re-captions nodes and edges in the chosen language. */
  setLang(lang: Lang): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const caption = nodeCaption(n.data() as NodeData, lang);
        n.data({ caption, short: wrapCaption(caption) });
      });
      this.cy.edges('[type]').forEach((e) => {
        e.data('caption', relCaption(e.data('type') as string, lang));
      });
    });
  }

  /**
   * Runs a layout over the visible, unpinned elements, then moves nodes apart until no box (shape and label)
   * overlaps another; `fixed` names nodes that must keep their place (cities on the map). Resolves when done.
   */
  async layout(
    name: LayoutName,
    context: Omit<LayoutContext, 'animate'> = {},
    fixed: (node: NodeSingular) => boolean = () => false,
  ): Promise<void> {
    const eles = this.cy.elements(':visible').not('node.pinned');
    if (eles.empty()) return;
    const options = layoutOptions(name, eles, { ...context, animate: false });
    await ensureLayout(String(options.name));
    const layout = eles.layout(options);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await done;
    separateNodes(this.cy, fixed);
    if (context.geo)
      fitBounds(this.cy, union(context.geo.bounds, this.cy.elements(':visible').boundingBox()));
    else if ((options as { fit?: boolean }).fit !== false) this.fit();
  }

  /**
   * After an expansion: new nodes around the node each came from (anchor id → new ids), the rest kept in
   * place, then any overlap left by changed sizes resolved, and the view fitted. Much cheaper than a layout
   * of the whole canvas, and the picture the investigator already knows does not move.
   */
  placeAround(
    groups: ReadonlyMap<string, readonly string[]>,
    fixed: (node: NodeSingular) => boolean = () => false,
  ): void {
    placeNew(this.cy, groups, fixed);
    separateNodes(this.cy, fixed);
    this.fit();
  }

  /**
   * After a full layout of an expansion (which places only what is drawn): the new nodes a filter hides are
   * put around their anchors too, so clearing the filter does not show them stacked on the anchor.
   */
  placeFiltered(
    groups: ReadonlyMap<string, readonly string[]>,
    fixed: (node: NodeSingular) => boolean = () => false,
  ): void {
    const hidden = new Map<string, string[]>();
    for (const [anchor, ids] of groups) {
      const filtered = ids.filter((id) => this.cy.$id(id).hasClass('filtered'));
      if (filtered.length) hidden.set(anchor, filtered);
    }
    if (hidden.size) placeNew(this.cy, hidden, fixed);
  }

  /** Fits the visible elements, without blowing a three-node path up to poster size. */
  fit(): void {
    fitVisible(this.cy);
  }

  /** Moves nodes apart after a change of their sizes (styling rule, centrality), keeping `fixed` ones. */
  separate(fixed: (node: NodeSingular) => boolean = () => false): void {
    separateNodes(this.cy, fixed);
  }

  /** Places a node in the free space nearest to `want` (model coordinates). */
  placeFree(node: NodeSingular, want: Point): void {
    placeFree(this.cy, node, want);
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

  /** Colours or sizes nodes by a numeric property; nodes without it keep their style. Null clears. */
  applyRule(rule: StyleRule | null): void {
    this.cy.batch(() => {
      this.cy.nodes().removeClass('rule-size rule-color');
      if (!rule) return;
      const nodes = this.cy.nodes().map((n) => n.data() as NodeData);
      for (const [id, t] of scaledValues(nodes, rule.property)) {
        const node = this.cy.$id(id);
        if (rule.mode === 'size') node.data('ruleSize', ruleSize(t)).addClass('rule-size');
        else node.data('ruleColor', ruleColor(t)).addClass('rule-color');
      }
    });
  }

  selectedNodes(): NodeSingular[] {
    return this.cy.nodes(':selected').toArray() as NodeSingular[];
  }
}
