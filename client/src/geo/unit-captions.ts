import type { BoundingBox12, BoundingBoxWH, Core, EdgeSingular } from 'cytoscape';
import type { Lang } from '../i18n/lang.ts';
import { project, type Point } from './projection.ts';
import type { GeoUnit } from './units.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Caption lines are this far apart on screen (px); the text itself is 10 px (styles.css). */
const LINE_HEIGHT = 11;
/** Nodes the captions avoid at most: enough for any map, bounded for a huge canvas. */
const MAX_OBSTACLES = 500;
/** A flow's count sits this far above its line by default (model px; the style reads `countDy`). */
export const COUNT_MARGIN_Y = -12;

/**
 * A unit's name as the map writes it, in lines: the Russian name with «область» and «город» shortened as
 * Russian maps do («Северо-Казахстанская» / «обл.», «г. Астана»), broken after the adjective so the long
 * names stay inside their unit; the English name as it is.
 */
export function unitCaption(unit: Pick<GeoUnit, 'nameRu' | 'nameEn'>, lang: Lang): string[] {
  if (lang === 'en') return unit.nameEn.split(/ (?=\()/);
  // No \b: in JavaScript it knows only Latin letters.
  const short = unit.nameRu.replace(/^город\s+/u, 'г. ').replace(/область/u, 'обл.');
  const words = short.split(' ');
  // «г. Астана», «обл. Абай» read as one; «Северо-Казахстанская обл.» breaks before «обл.».
  return words.length === 2 && words[1] === 'обл.' ? words : [short];
}

/** A caption's box on screen, centred on `at`; `firm` ones (the city units, a few pixels wide) never move. */
export interface CaptionBox {
  at: Point;
  width: number;
  height: number;
  firm?: boolean;
}

const overlaps = (a: Point, aw: number, ah: number, b: Point, bw: number, bh: number) =>
  Math.abs(a.x - b.x) * 2 < aw + bw && Math.abs(a.y - b.y) * 2 < ah + bh;

/**
 * Where each caption goes so that none covers another (a city unit's name inside its oblast's): the firm
 * ones first, at their points; each other one at its point or, if that is taken, moved by whole caption
 * heights up or down, then sideways, to the nearest free place. Returns each box's offset from its point.
 */
export function placeCaptions(boxes: readonly CaptionBox[]): Point[] {
  const offsets: Point[] = boxes.map(() => ({ x: 0, y: 0 }));
  const placed: { at: Point; width: number; height: number }[] = [];
  const order = boxes.map((_, i) => i).sort((a, b) => Number(!!boxes[b]!.firm) - Number(!!boxes[a]!.firm));
  for (const i of order) {
    const box = boxes[i]!;
    const tries: Point[] = [{ x: 0, y: 0 }];
    if (!box.firm)
      for (const step of [1, 2, 3])
        tries.push(
          { x: 0, y: step * box.height },
          { x: 0, y: -step * box.height },
          { x: (step * box.width) / 2, y: 0 },
          { x: (-step * box.width) / 2, y: 0 },
        );
    const free = tries.find((d) => {
      const at = { x: box.at.x + d.x, y: box.at.y + d.y };
      return placed.every((p) => !overlaps(at, box.width, box.height, p.at, p.width, p.height));
    });
    offsets[i] = free ?? { x: 0, y: 0 };
    const at = { x: box.at.x + offsets[i]!.x, y: box.at.y + offsets[i]!.y };
    placed.push({ at, width: box.width, height: box.height });
  }
  return offsets;
}

/** An edge's labels' box on screen (its line left out), or null when it has none. */
function labelBox(edge: EdgeSingular): (BoundingBox12 & BoundingBoxWH) | null {
  const b = edge.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  return Number.isFinite(b.w) && b.w > 0 && b.h > 0 ? b : null;
}

/** Whether an edge has a label (main or at its source) big enough on screen to be drawn at this zoom. */
function labelShown(edge: EdgeSingular): boolean {
  if (!edge.style('label') && !edge.style('source-label')) return false;
  const size = Number(edge.numericStyle('font-size')) * edge.cy().zoom();
  return size >= Number(edge.numericStyle('min-zoomed-font-size'));
}

/**
 * Writes the name of each of the 20 units at its label point, over the map and under the canvas, at a fixed
 * screen size whatever the zoom, so every unit is named at zoom-to-fit. Units whose region is drawn as a
 * marker are left unnamed here: the marker's own caption names them.
 */
export class UnitCaptions {
  private readonly group = document.createElementNS(SVG, 'g');
  private readonly captions: {
    at: Point;
    text: SVGTextElement;
    width: number;
    height: number;
    firm: boolean;
  }[] = [];
  /** The zoom the offsets were placed for: panning moves every caption alike, zooming changes the gaps. */
  private placedAt = NaN;
  private offsets: Point[] = [];

  constructor(
    svg: SVGSVGElement,
    private readonly cy: Core,
    private readonly units: readonly GeoUnit[],
  ) {
    this.group.setAttribute('class', 'unit-captions');
    this.group.dataset.test = 'unit-captions';
    svg.append(this.group);
    cy.on('viewport resize', () => this.sync());
    // A layout moves the nodes the captions avoid: place them again.
    cy.on('layoutstop', () => {
      this.placedAt = NaN;
      this.sync();
    });
  }

  /** Writes the captions in `lang`, leaving out the units in `marked`. */
  show(lang: Lang, marked: ReadonlySet<string>): void {
    this.group.replaceChildren();
    this.captions.length = 0;
    for (const unit of this.units) {
      if (marked.has(unit.iso)) continue;
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('class', 'unit-caption');
      text.dataset.iso = unit.iso;
      const lines = unitCaption(unit, lang);
      lines.forEach((line, i) => {
        const span = document.createElementNS(SVG, 'tspan');
        span.setAttribute('x', '0');
        // Centred on the label point: the first line half the block above it.
        span.setAttribute('dy', String(i === 0 ? -((lines.length - 1) * LINE_HEIGHT) / 2 : LINE_HEIGHT));
        span.textContent = line;
        text.append(span);
      });
      this.group.append(text);
      // Measured once written (the map is shown by then); a margin keeps neighbours apart.
      const size = text.getBBox();
      this.captions.push({
        at: project(unit.label[1], unit.label[0]),
        text,
        width: size.width + 6,
        height: size.height + 2,
        firm: /\(city\)/.test(unit.nameEn),
      });
    }
    this.placedAt = NaN;
    this.sync();
  }

  private sync(): void {
    const pan = this.cy.pan();
    const zoom = this.cy.zoom();
    if (zoom !== this.placedAt) {
      // The nodes drawn on the map (markers, cities, with their captions) stay where they are; the unit
      // names give way to them. Boxes relative to the pan, like the captions' points.
      const nodes = this.cy.nodes(':visible').slice(0, MAX_OBSTACLES);
      const boxes = nodes.map((node) => node.renderedBoundingBox({ includeLabels: true }));
      // Other edge labels drawn at this zoom are obstacles too: the names give way to them.
      const edges = this.cy.edges(':visible').not('.flow').filter(labelShown).slice(0, MAX_OBSTACLES);
      for (const edge of edges) {
        const b = labelBox(edge);
        if (b) boxes.push(b);
      }
      const box = (b: BoundingBox12 & BoundingBoxWH, firm: boolean): CaptionBox => ({
        at: { x: (b.x1 + b.x2) / 2 - pan.x, y: (b.y1 + b.y2) / 2 - pan.y },
        width: b.w,
        height: b.h,
        firm,
      });
      const obstacles = boxes.map((b) => box(b, true));
      // A flow's count («8 каналов») starts at its place by the origin city and is placed before the names,
      // so it gives way to the markers and the names give way to it.
      const flows = this.cy.edges('.flow:visible').slice(0, MAX_OBSTACLES);
      flows.forEach((flow) => {
        flow.data({ countDx: 0, countDy: COUNT_MARGIN_Y });
      });
      const counts = flows.map((flow) => labelBox(flow));
      const movable = counts.filter((b) => b !== null).map((b) => box(b, false));
      const captions = this.captions.map((c) => ({ ...c, at: { x: c.at.x * zoom, y: c.at.y * zoom } }));
      const offsets = placeCaptions([...obstacles, ...movable, ...captions]);
      let next = obstacles.length;
      flows.forEach((flow, i) => {
        if (!counts[i]) return;
        const d = offsets[next++]!;
        flow.data({ countDx: d.x / zoom, countDy: COUNT_MARGIN_Y + d.y / zoom });
      });
      this.offsets = offsets.slice(next);
      this.placedAt = zoom;
    }
    this.captions.forEach(({ at, text }, i) => {
      const x = pan.x + at.x * zoom + this.offsets[i]!.x;
      const y = pan.y + at.y * zoom + this.offsets[i]!.y;
      text.setAttribute('transform', `translate(${x.toFixed(1)},${y.toFixed(1)})`);
    });
  }
}
