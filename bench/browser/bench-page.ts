// The rendering bench page: the client's own Cytoscape set-up (createCy: style, texture-on-viewport,
// hidden edges while panning) and layout options, driven from browser-bench.ts through `window.bench`.
import type { Core } from 'cytoscape';
import { createCy } from '../../client/src/graph/create-cy.ts';
import { layoutOptions } from '../../client/src/graph/layouts.ts';
import type { Slice } from '../../client/src/graph/graph-types.ts';
import { toElements } from '../../client/src/graph/to-elements.ts';

const container = () => document.getElementById('cy')!;
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function fresh(slice: Slice): Core {
  const cy = createCy(container());
  cy.add(toElements(slice, 'en'));
  return cy;
}

/** Positions on a jittered grid: cheap and deterministic, so drawing is measured without a layout. */
function gridPositions(cy: Core): void {
  const side = Math.ceil(Math.sqrt(cy.nodes().length));
  cy.nodes().positions((_node, i) => ({
    x: (i % side) * 80 + ((i * 37) % 23),
    y: Math.floor(i / side) * 80,
  }));
}

const bench = {
  /** B8: milliseconds of the client's fcose layout (no animation) on the slice. */
  async fcose(slice: Slice): Promise<number> {
    const cy = fresh(slice);
    const layout = cy.layout(layoutOptions('fcose', cy.elements(), { animate: false }));
    const started = performance.now();
    const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await stopped;
    const ms = performance.now() - started;
    cy.destroy();
    return ms;
  },

  /** B9: milliseconds from creating the graph (positions given) until its first frame is on screen. */
  async firstFrame(slice: Slice): Promise<number> {
    const started = performance.now();
    const cy = createCy(container());
    const rendered = new Promise<void>((resolve) => cy.one('render', () => resolve()));
    cy.add(toElements(slice, 'en'));
    gridPositions(cy);
    cy.fit(undefined, 40);
    await rendered;
    await frame();
    const ms = performance.now() - started;
    cy.destroy();
    return ms;
  },

  /** B9: frames Cytoscape draws per second while the view pans continuously for `seconds`. */
  async panFps(slice: Slice, seconds: number): Promise<number> {
    const cy = fresh(slice);
    gridPositions(cy);
    cy.fit(undefined, 40);
    cy.zoom({ level: Math.max(cy.zoom(), 0.35), renderedPosition: { x: 640, y: 400 } });
    await frame();
    await frame();
    let frames = 0;
    cy.on('render', () => frames++);
    const started = performance.now();
    let step = 0;
    while (performance.now() - started < seconds * 1000) {
      const angle = step++ / 30;
      cy.panBy({ x: 6 * Math.cos(angle), y: 6 * Math.sin(angle) });
      await frame();
    }
    const fps = frames / ((performance.now() - started) / 1000);
    cy.destroy();
    return fps;
  },
};

export type BenchApi = typeof bench;
(window as unknown as { bench: BenchApi }).bench = bench;
document.body.dataset.benchReady = 'true';
