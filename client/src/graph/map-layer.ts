import type { Core } from 'cytoscape';
import type { Ring } from '../geo/polygon.ts';
import { project } from '../geo/projection.ts';
import type { GeoData } from '../geo/units.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Rings of [lon, lat] as one SVG path in Cytoscape model coordinates (the geographic layout's projection). */
export function ringsPath(rings: readonly Ring[]): string {
  return rings
    .map(
      (ring) =>
        ring
          .map(([lon, lat], i) => {
            const p = project(lat, lon);
            return `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`;
          })
          .join('') + 'Z',
    )
    .join('');
}

/**
 * Draws Kazakhstan's 20 first-level units and its outline behind the canvas, keeping them aligned with pan
 * and zoom, and shades the units of the regions on the canvas. An SVG under a transparent canvas costs one
 * transform per frame, unlike drawing the map as Cytoscape elements.
 */
export class MapLayer {
  private readonly group: SVGGElement;
  private readonly units = new Map<string, SVGPathElement>();

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly cy: Core,
    readonly data: GeoData,
  ) {
    this.group = document.createElementNS(SVG, 'g');
    for (const unit of data.units) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', ringsPath(unit.polygons.flat()));
      path.setAttribute('class', 'unit');
      path.setAttribute('fill-rule', 'evenodd');
      path.setAttribute('vector-effect', 'non-scaling-stroke');
      path.dataset.iso = unit.iso;
      this.units.set(unit.iso, path);
      this.group.append(path);
    }
    const outline = document.createElementNS(SVG, 'path');
    outline.setAttribute('d', ringsPath(data.outline));
    outline.setAttribute('class', 'outline-path');
    outline.setAttribute('vector-effect', 'non-scaling-stroke');
    this.group.append(outline);
    svg.append(this.group);
    svg.dataset.units = String(data.units.length);
    cy.on('viewport resize', () => this.sync());
    this.show(false);
  }

  show(visible: boolean): void {
    this.svg.style.display = visible ? 'block' : 'none';
    this.svg.dataset.visible = String(visible);
    if (visible) this.sync();
  }

  /** Shades the units with these ISO codes (the regions on the canvas). */
  highlight(isos: ReadonlySet<string>): void {
    for (const [iso, path] of this.units) path.classList.toggle('active', isos.has(iso));
  }

  private sync(): void {
    const { x, y } = this.cy.pan();
    this.group.setAttribute('transform', `translate(${x},${y}) scale(${this.cy.zoom()})`);
  }
}
