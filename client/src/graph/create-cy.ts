import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './style.ts';

let registered = false;

let dagre: Promise<void> | null = null;

/** Registers the layout extensions once, as Cytoscape requires. */
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/**
 * Loads a layout extension the first time a layout needs it: dagre serves only paths and the
 * hierarchical layout, so it is a chunk of its own rather than part of the main bundle.
 */
export function ensureLayout(name: string): Promise<void> {
  if (name !== 'dagre') return Promise.resolve();
  dagre ??= import('cytoscape-dagre').then((module) => {
    cytoscape.use(module.default);
  });
  return dagre;
}

/**
 * The Cytoscape instance, tuned per Cytoscape's performance guide so 2,000 elements pan smoothly:
 * while the viewport moves, edges are hidden and nodes drawn from a cached texture; pixel ratio 1 halves the
 * fill cost on high-DPI screens; motion blur off.
 */
export function createCy(container: HTMLElement | undefined): Core {
  registerExtensions();
  return cytoscape({
    container,
    headless: container === undefined,
    // Headless (unit tests) still resolves styles, so style rules are checked without a browser.
    styleEnabled: true,
    style: graphStyle(),
    hideEdgesOnViewport: true,
    textureOnViewport: true,
    motionBlur: false,
    pixelRatio: 1,
    minZoom: 0.05,
    maxZoom: 5,
    boxSelectionEnabled: true,
    selectionType: 'additive',
  });
}
