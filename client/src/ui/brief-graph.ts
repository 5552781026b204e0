import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { wrapCaption } from '../graph/caption-lines.ts';
import { separateNodes } from '../graph/canvas-geometry.ts';
import { graphStyle } from '../graph/style.ts';

/** Where the print stylesheet puts the graph: the first of two columns of A4 with 10 mm margins, 6 mm gap. */
export const PRINT_WIDTH_PT = (((210 - 2 * 10 - 6) / 2) * 72) / 25.4;
/** Node names in the printed graph are at least this big (a little over 7 pt, the smallest readable size). */
const PRINT_LABEL_PT = 7.5;
/** Pixels of the image per model pixel; the image is at most this wide (a data URL, kept small). */
const SCALE = 1.5;
const MAX_WIDTH = 1600;

/** The brief's picture of the graph, with the size its node names are drawn at in the image (px). */
export interface BriefGraph {
  src: string;
  labelPx: number;
}

/** The visible elements as definitions for a second instance: not selected, not pinned, names re-wrapped. */
function copyOf(source: Core): ElementDefinition[] {
  return source.elements(':visible').map((element) => {
    const json = element.json() as ElementDefinition;
    const classes = String(json.classes ?? '')
      .split(/\s+/)
      .filter((c) => c && c !== 'pinned');
    const data = { ...json.data };
    // Narrower lines, one more of them: a printed name may be as wide as its neighbours' gap, not wider.
    if (element.isNode()) data.short = wrapCaption(String(element.data('caption') ?? ''), 16, 3);
    return { ...json, data, classes: classes.join(' '), selected: false, locked: false };
  });
}

/**
 * Draws the visible graph for the brief so that its node names print at ≥ 7 pt in the graph's column: the
 * same positions and look in a second, off-screen instance, the names enlarged, nodes moved apart until no
 * name covers another, and enlarged again while moving apart made the picture (and so its print scale)
 * wider. Edge captions are left out: in print they would be specks, and the brief lists every relation in
 * words. The workspace's own canvas is not touched. Null when nothing is visible.
 */
export function briefGraph(source: Core): BriefGraph | null {
  const elements = copyOf(source);
  if (elements.length === 0) return null;
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:800px;height:800px;';
  document.body.append(host);
  const cy = cytoscape({
    container: host,
    elements,
    style: graphStyle(),
    layout: { name: 'preset' },
    pixelRatio: 1,
    autoungrabify: true,
  });
  try {
    let size = 11;
    cy.style().selector('edge').style({ label: '' }).update();
    for (let round = 0; round < 5; round++) {
      cy.style().selector('node').style({ 'font-size': size, 'min-zoomed-font-size': 0 }).update();
      separateNodes(cy);
      const width = cy.elements().boundingBox({ includeLabels: true }).w;
      const printed = (size * PRINT_WIDTH_PT) / width;
      if (printed >= PRINT_LABEL_PT) break;
      size *= (PRINT_LABEL_PT / printed) * 1.02;
    }
    const width = cy.elements().boundingBox({ includeLabels: true }).w;
    const scale = Math.min(SCALE, MAX_WIDTH / width);
    const src = cy.png({ full: true, scale, bg: '#ffffff', maxWidth: MAX_WIDTH });
    return { src, labelPx: size * scale };
  } finally {
    cy.destroy();
    host.remove();
  }
}
