import type { Core } from 'cytoscape';
import type { Outline } from '../geo/extract-outline.ts';
import { project } from '../geo/projection.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** The outline as one SVG path in Cytoscape model coordinates (same projection as the geographic layout). */
export function outlinePath(outline: Outline): string {
  return outline
    .map((ring) =>
      ring
        .map(([lon, lat], i) => {
          const p = project(lat, lon);
          return `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`;
        })
        .join(''),
    )
    .map((d) => `${d}Z`)
    .join('');
}

/**
 * Draws Kazakhstan's outline behind the canvas and keeps it aligned with pan and zoom. An SVG under a
 * transparent canvas costs nothing per frame beyond one transform, unlike drawing it as Cytoscape nodes.
 */
export class OutlineLayer {
  private readonly group: SVGGElement;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly cy: Core,
    outline: Outline,
  ) {
    this.group = document.createElementNS(SVG, 'g');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', outlinePath(outline));
    path.setAttribute('class', 'outline-path');
    path.setAttribute('vector-effect', 'non-scaling-stroke');
    this.group.append(path);
    svg.append(this.group);
    cy.on('viewport resize', () => this.sync());
    this.show(false);
  }

  show(visible: boolean): void {
    this.svg.style.display = visible ? 'block' : 'none';
    this.svg.dataset.visible = String(visible);
    if (visible) this.sync();
  }

  private sync(): void {
    const { x, y } = this.cy.pan();
    this.group.setAttribute('transform', `translate(${x},${y}) scale(${this.cy.zoom()})`);
  }
}
