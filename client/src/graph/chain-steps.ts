import { hopSentence } from '../i18n/vocabulary.ts';
import type { Lang, SliceEdgeInput as SliceEdge, SliceInput as Slice } from './graph-types.ts';
import { nodeCaption } from './to-elements.ts';

/** One hop of a responsibility chain, explained in a sentence, with its evidence. */
export interface ChainStep {
  edge: SliceEdge;
  sentence: string;
}

/** The chain's edges top-down (by the level of their upper end), each explained in the current language. */
export function chainSteps(slice: Slice, levels: ReadonlyMap<string, number>, lang: Lang): ChainStep[] {
  const names = new Map(slice.nodes.map((node) => [node.id, nodeCaption(node, lang)]));
  const rank = (edge: SliceEdge): [number, number] => {
    const a = levels.get(edge.source) ?? 99;
    const b = levels.get(edge.target) ?? 99;
    return [Math.min(a, b), Math.max(a, b)];
  };
  return slice.edges
    .filter((edge) => edge.type !== 'MENTIONED_IN')
    .map((edge) => ({ edge, rank: rank(edge) }))
    .sort((p, q) => p.rank[0] - q.rank[0] || p.rank[1] - q.rank[1] || p.edge.id.localeCompare(q.edge.id))
    .map(({ edge }) => ({
      edge,
      sentence: hopSentence(
        edge.type,
        names.get(edge.source) ?? edge.source,
        names.get(edge.target) ?? edge.target,
        lang,
      ),
    }));
}
