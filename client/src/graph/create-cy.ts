import cytoscape, { type Core } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './style.ts';

let registered = false;

/** Registers the layout extensions once, as Cytoscape requires. */
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
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
