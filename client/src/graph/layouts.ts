import type { Collection, LayoutOptions } from 'cytoscape';
import type { Point } from '../geo/projection.ts';
import { geoPositions, type Bounds } from './geo-positions.ts';
import type { LayoutName } from './url-state.ts';

export interface LayoutContext {
  /** Precomputed positions that replace dagre (the responsibility chain's top-down order). */
  chain?: ReadonlyMap<string, Point>;
  /** Animate only small graphs: animating thousands of nodes costs more than it shows. */
  animate: boolean;
  /** The map, for the geographic layout: where each region's marker goes and the country's bounds. */
  geo?: { anchor: (id: string) => Point | null; bounds: Bounds };
}

function preset(positions: ReadonlyMap<string, Point>, animate: boolean): LayoutOptions {
  return {
    name: 'preset',
    positions: (node: { id(): string }) => positions.get(node.id()) ?? { x: 0, y: 0 },
    fit: true,
    padding: 40,
    animate,
    animationDuration: 300,
  } as LayoutOptions;
}

/** Cytoscape layout options for a layout name, applied to the elements being laid out. */
export function layoutOptions(name: LayoutName, eles: Collection, context: LayoutContext): LayoutOptions {
  const { animate } = context;
  switch (name) {
    case 'geo': {
      const nodes = eles.nodes().map((n) => ({
        id: n.id(),
        label: n.data('label') as string,
        name: (n.data('name') as string | undefined) ?? n.id(),
        lat: n.data('lat') ?? null,
        lon: n.data('lon') ?? null,
      }));
      const bounds = context.geo?.bounds ?? { x1: -600, y1: -500, x2: 600, y2: 500 };
      return preset(geoPositions(nodes, context.geo?.anchor ?? (() => null), bounds), animate);
    }
    case 'dagre':
      if (context.chain) return preset(context.chain, animate);
      return {
        name: 'dagre',
        rankDir: 'TB',
        // Long official names: ranks are spaced by their labels, not just the 34-pixel nodes.
        nodeDimensionsIncludeLabels: true,
        nodeSep: 40,
        rankSep: 80,
        fit: true,
        padding: 40,
        animate,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        // Hubs in the middle: degree is what an investigator scans for first.
        concentric: (node: { degree(loops: boolean): number }) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
        fit: true,
        padding: 40,
        animate,
      } as LayoutOptions;
    case 'fcose':
    default:
      return {
        name: 'fcose',
        quality: eles.length > 1000 ? 'draft' : 'default',
        randomize: true,
        animate,
        animationDuration: 400,
        fit: true,
        padding: 40,
        nodeRepulsion: () => 8000,
        idealEdgeLength: () => 90,
        nodeDimensionsIncludeLabels: eles.length < 500,
      } as LayoutOptions;
  }
}
