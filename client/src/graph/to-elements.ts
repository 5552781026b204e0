import type { ElementDefinition } from 'cytoscape';
import { relCaption } from '../i18n/vocabulary.ts';
import type {
  EdgeData,
  Lang,
  NodeData,
  PropValue,
  SliceEdgeInput,
  SliceInput,
  SliceNodeInput,
} from './graph-types.ts';
import { wrapCaption } from './caption-lines.ts';
import { labelStyle } from './label-styles.ts';

/** The name shown for a node: English falls back to the Russian name when no Latin form exists. */
export function nodeCaption(node: Pick<SliceNodeInput, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && node.nameEn ? node.nameEn : node.name;
}

/** The scalar (and string-list) properties a view returned, for the details panel and styling rules. */
export function displayProps(properties: unknown): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  if (!properties || typeof properties !== 'object') return props;
  for (const [name, value] of Object.entries(properties as Record<string, unknown>)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) props[name] = value as PropValue;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) props[name] = value;
  }
  return props;
}

/** One API node as a Cytoscape node element. */
export function nodeElement(node: SliceNodeInput, lang: Lang): ElementDefinition {
  const data: NodeData = {
    id: node.id,
    label: node.label,
    name: node.name,
    nameEn: node.nameEn,
    aliases: node.aliases ?? [],
    lat: node.lat,
    lon: node.lon,
    year: node.year ?? null,
    caption: nodeCaption(node, lang),
    short: wrapCaption(nodeCaption(node, lang)),
    glyph: labelStyle(node.label).glyph,
    props: displayProps(node.properties),
  };
  return { group: 'nodes', data: { ...data } };
}

/** One API edge as a Cytoscape edge element. */
export function edgeElement(edge: SliceEdgeInput, lang: Lang): ElementDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    quote: edge.quote,
    sourceId: edge.sourceId,
    start: edge.start,
    end: edge.end,
    inferred: edge.inferred === true,
    basis: edge.basis ?? null,
    evidence: edge.evidence ?? [],
    validFrom: edge.validFrom ?? null,
    validTo: edge.validTo ?? null,
    current: edge.current ?? null,
    caption: relCaption(edge.type, lang),
  };
  const classes = [data.inferred ? 'inferred' : '', data.current === false ? 'former' : ''];
  return { group: 'edges', data: { ...data }, classes: classes.filter(Boolean).join(' ') };
}

/**
 * A graph slice as Cytoscape elements: nodes first, duplicates dropped, and edges whose ends are not in
 * the slice (nor in `known`, the ids already drawn) left out, since Cytoscape rejects dangling edges.
 */
export function toElements(
  slice: SliceInput,
  lang: Lang,
  known: ReadonlySet<string> = new Set(),
): ElementDefinition[] {
  const nodeIds = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of slice.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    elements.push(nodeElement(node, lang));
  }
  const edgeIds = new Set<string>();
  for (const edge of slice.edges) {
    if (edgeIds.has(edge.id)) continue;
    const ends = [edge.source, edge.target];
    if (!ends.every((id) => nodeIds.has(id) || known.has(id))) continue;
    edgeIds.add(edge.id);
    elements.push(edgeElement(edge, lang));
  }
  return elements;
}

export interface Expansion {
  /** Elements not on the canvas yet. */
  added: ElementDefinition[];
  /** How many of them are nodes: the cap counts nodes, like the server's limit. */
  newNodes: number;
  /** More new nodes than the cap: the caller should refuse and say why. */
  overCap: boolean;
  /** The server's own limit cut the answer: what is added may be only part of the neighbourhood. */
  cutByServer: boolean;
}

/**
 * The `limit` to ask a neighbourhood for: enough to see whether more than `cap` new nodes would come (the
 * nodes already drawn, the start among them, may all come back too), never more than the server allows.
 */
export function expansionLimit(cap: number, presentNodes: number, serverMax: number): number {
  return Math.max(1, Math.min(serverMax, cap + 1 + presentNodes));
}

/**
 * What an expansion would add to a canvas that already holds `present` ids, checked against a cap.
 * `asked` is the limit the slice was fetched with and `serverMax` the server's real bound: an answer as
 * long as the limit was cut, either above the cap (refuse) or by the server (add, and warn that it is cut).
 */
export function planExpansion(
  slice: SliceInput,
  lang: Lang,
  present: ReadonlySet<string>,
  cap: number,
  bounds: { asked: number; serverMax: number } = { asked: Infinity, serverMax: Infinity },
): Expansion {
  const added = toElements(slice, lang, present).filter((element) => !present.has(String(element.data.id)));
  const newNodes = added.filter((element) => element.group === 'nodes').length;
  const full = slice.nodes.length >= bounds.asked;
  const cutByServer = full && bounds.asked >= bounds.serverMax;
  return { added, newNodes, overCap: newNodes > cap || (full && !cutByServer), cutByServer };
}
