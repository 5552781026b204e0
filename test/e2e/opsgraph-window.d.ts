import type { Core } from 'cytoscape';

/** The read-only handle client/src/main.ts puts on window for browser tests and measurements. */
declare global {
  interface Window {
    __opsgraph?: {
      cy: Core;
      firstGraph: Promise<number>;
      ws: { state: { view: string; focus: string | null; layout: string } };
    };
  }
}

export {};
