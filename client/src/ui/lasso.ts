import type { Core, NodeSingular } from 'cytoscape';
import { pointInRing } from '../geo/polygon.ts';

/**
 * Lasso selection: while on, a drag on the canvas draws a free-hand loop and selects the nodes inside it
 * (added to the selection with Shift). Written here rather than taken from cytoscape-lasso, whose last
 * release is from 2021: it is a pointer loop plus the point-in-polygon test the map already uses.
 */
export class Lasso {
  private points: [number, number][] = [];
  private active = false;
  private readonly path: SVGPathElement;

  constructor(
    private readonly cy: Core,
    private readonly surface: SVGSVGElement,
    private readonly onSelected: (count: number) => void,
  ) {
    this.path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    this.path.setAttribute('class', 'lasso-path');
    surface.append(this.path);
    surface.addEventListener('pointerdown', (e) => this.start(e));
    surface.addEventListener('pointermove', (e) => this.move(e));
    surface.addEventListener('pointerup', (e) => this.end(e));
    this.set(false);
  }

  get on(): boolean {
    return this.active;
  }

  /** Turns the lasso on or off; while on, panning and box selection are off so the drag draws. */
  set(on: boolean): void {
    this.active = on;
    this.surface.style.display = on ? 'block' : 'none';
    this.surface.dataset.active = String(on);
    this.cy.userPanningEnabled(!on);
    this.cy.boxSelectionEnabled(!on);
    this.points = [];
    this.path.setAttribute('d', '');
  }

  private local(e: PointerEvent): [number, number] {
    const box = this.surface.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  }

  private start(e: PointerEvent): void {
    this.surface.setPointerCapture(e.pointerId);
    this.points = [this.local(e)];
  }

  private move(e: PointerEvent): void {
    if (!this.points.length) return;
    this.points.push(this.local(e));
    this.path.setAttribute('d', `M${this.points.map(([x, y]) => `${x},${y}`).join('L')}Z`);
  }

  private end(e: PointerEvent): void {
    const loop = this.points;
    this.points = [];
    this.path.setAttribute('d', '');
    if (loop.length < 3) return;
    const inside = this.cy.nodes(':visible').filter((n: NodeSingular) => {
      const p = n.renderedPosition();
      return pointInRing(p.x, p.y, loop);
    });
    this.cy.batch(() => {
      if (!e.shiftKey) this.cy.elements().unselect();
      inside.select();
    });
    this.onSelected(inside.length);
  }
}
