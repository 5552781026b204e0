import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Point } from '../geo/projection.ts';
import { relCaption } from '../i18n/vocabulary.ts';
import { wrapCaption } from './caption-lines.ts';
import { centrality, type CentralityMetric } from './centrality.ts';
import { ensureLayout } from './create-cy.ts';
import { edgeVisible, nodeVisible, type Filters } from './filters.ts';
import type { Bounds } from './geo-positions.ts';
import type { EdgeData, Lang, NodeData } from './graph-types.ts';
import { layoutOptions, type LayoutContext } from './layouts.ts';
import { freeSpot, separateBoxes, type Box } from './overlap.ts';
import { ruleColor, ruleSize, scaledValues, type StyleRule } from './style-rules.ts';
import { nodeCaption } from './to-elements.ts';
import type { LayoutName } from './url-state.ts';

/** Largest zoom a layout's fit may leave behind. */
const MAX_FIT_ZOOM = 1.3;
/** Free space kept between two nodes' boxes (shape and label). */
const NODE_GAP = 8;

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
    this.separate(fixed);
    if (context.geo) this.fitBounds(union(context.geo.bounds, this.cy.elements(':visible').boundingBox()));
    else if ((options as { fit?: boolean }).fit !== false) this.fit();
  }

  /** Zooms and pans so a model-coordinate box fills the canvas (the whole map on opening the geo view). */
  fitBounds(b: Bounds, padding = 24): void {
    const width = this.cy.width() - 2 * padding;
    const height = this.cy.height() - 2 * padding;
    if (width <= 0 || height <= 0 || b.x2 <= b.x1 || b.y2 <= b.y1) return;
    const zoom = Math.min(width / (b.x2 - b.x1), height / (b.y2 - b.y1), MAX_FIT_ZOOM);
    this.cy.viewport({
      zoom,
      pan: {
        x: this.cy.width() / 2 - zoom * ((b.x1 + b.x2) / 2),
        y: this.cy.height() / 2 - zoom * ((b.y1 + b.y2) / 2),
      },
    });
  }

  /** Fits the visible elements, without blowing a three-node path up to poster size. */
  fit(): void {
    const visible = this.cy.elements(':visible');
    if (visible.empty()) return;
    this.cy.fit(visible, 40);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center(visible);
    }
  }

  /** Boxes of the visible nodes, labels included, as the overlap pass sees them. */
  boxes(fixed: (node: NodeSingular) => boolean = () => false): Box[] {
    return this.cy.nodes(':visible').map((n) => {
      const bb = n.boundingBox({ includeLabels: true, includeOverlays: false });
      return {
        id: n.id(),
        x: (bb.x1 + bb.x2) / 2,
        y: (bb.y1 + bb.y2) / 2,
        w: bb.w,
        h: bb.h,
        fixed: n.hasClass('pinned') || fixed(n),
      };
    });
  }

  /** The overlap pass: nodes moved by as little as needed so no two boxes intersect. */
  separate(fixed: (node: NodeSingular) => boolean = () => false): void {
    const boxes = this.boxes(fixed);
    const byId = new Map(boxes.map((b) => [b.id, b]));
    const moved = separateBoxes(boxes, NODE_GAP);
    this.cy.batch(() => {
      for (const [id, centre] of moved) {
        const node = this.cy.$id(id);
        const box = byId.get(id)!;
        const p = node.position();
        node.position({ x: p.x + centre.x - box.x, y: p.y + centre.y - box.y });
      }
    });
  }

  /** Places a node in the free space nearest to `want` (model coordinates). */
  placeFree(node: NodeSingular, want: Point): void {
    node.position(want);
    const bb = node.boundingBox({ includeLabels: true, includeOverlays: false });
    const offset = { x: (bb.x1 + bb.x2) / 2 - want.x, y: (bb.y1 + bb.y2) / 2 - want.y };
    const others = this.boxes().filter((b) => b.id !== node.id());
    const spot = freeSpot(
      others,
      { x: want.x + offset.x, y: want.y + offset.y },
      { w: bb.w, h: bb.h },
      NODE_GAP,
    );
    node.position({ x: spot.x - offset.x, y: spot.y - offset.y });
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

function union(a: Bounds, b: Bounds): Bounds {
  return {
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  };
}
