import type { GraphApi } from '../api/index.ts';
import { chainLevels, chainPositions } from '../graph/chain-levels.ts';
import { chainSteps, type ChainStep } from '../graph/chain-steps.ts';
import type { Lang, Slice } from '../graph/graph-types.ts';
import type { Point } from '../geo/projection.ts';
import type { ViewState } from '../graph/url-state.ts';

/** What a view brings besides its slice: the chain's own top-down positions and its explained hops. */
export interface LoadedView {
  slice: Slice;
  chain?: {
    positions: Map<string, Point>;
    steps: (lang: Lang) => ChainStep[];
  };
}

const EMPTY: Slice = { nodes: [], edges: [] };

/** Fetches the slice a view state describes. */
export async function loadView(api: GraphApi, state: ViewState): Promise<LoadedView> {
  if (!state.focus) return { slice: EMPTY };
  switch (state.view) {
    case 'supply':
      return { slice: await api.supplyNetwork(state.focus) };
    case 'path':
      return { slice: state.to ? await api.shortestPath(state.focus, state.to) : EMPTY };
    case 'chain': {
      const slice = await api.responsibilityChain(state.focus);
      const levels = chainLevels(slice, state.focus);
      return {
        slice,
        chain: {
          positions: chainPositions(levels),
          steps: (lang) => chainSteps(slice, levels, lang),
        },
      };
    }
    case 'explore':
    default:
      return { slice: await api.neighborhood(state.focus) };
  }
}
