import type { SliceEdgeFragment, SliceFragment, SliceNodeFragment } from '../generated/graphql.ts';

/** Graph data as the API returns it, kept apart from the renderer's element format. */
export type Slice = SliceFragment;
export type SliceNode = SliceNodeFragment;
export type SliceEdge = SliceEdgeFragment;
/**
 * What the mappers accept: v2's additions may be absent (v1 answers, tests), and an edge may carry its
 * evidence list once it has been asked for (the views leave it out).
 */
export type SliceNodeInput = Omit<SliceNode, 'year' | 'properties' | 'aliases'> &
  Partial<Pick<SliceNode, 'year' | 'properties' | 'aliases'>>;
export type SliceEdgeInput = Omit<SliceEdge, 'validFrom' | 'validTo' | 'current'> &
  Partial<Pick<SliceEdge, 'validFrom' | 'validTo' | 'current'>> & {
    evidence?: EvidenceEntry[];
    /** The primary item's basis: in the evidence list since the views leave it out (cost bound). */
    basis?: string | null;
  };
export interface SliceInput {
  nodes: readonly SliceNodeInput[];
  edges: readonly SliceEdgeInput[];
}

export type { Lang } from '../i18n/lang.ts';

/** A node property the client keeps: scalars and string lists (a seizure's kg, a city's roles…). */
export type PropValue = string | number | boolean | string[];

/** One evidence item of an edge, as the graph views return it. */
export interface EvidenceEntry {
  sourceId: string;
  quote: string | null;
  start: number | null;
  end: number | null;
  inferred: boolean;
  basis: string | null;
  basisRu: string | null;
}

/**
 * What a node element carries in `data`: `caption` is the full name in the current language, `short` the
 * same name wrapped to two lines for the canvas (the tooltip and details show the full one).
 */
export interface NodeData {
  id: string;
  label: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  lat: number | null;
  lon: number | null;
  year: number | null;
  caption: string;
  short: string;
  glyph: string;
  /** Label-specific properties (a seizure's amount, a directive's text…), filled in after drawing. */
  props: Record<string, PropValue>;
  /** Normalised centrality in [0, 1], set on demand. */
  centrality?: number;
}

/** What an edge element carries in `data`; `caption` is the type in the current language. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  quote: string | null;
  sourceId: string | null;
  start: number | null;
  end: number | null;
  inferred: boolean;
  basis: string | null;
  /** Every evidence item, from every source (the fields above repeat the primary one). */
  evidence: EvidenceEntry[];
  /** Time-bound types only: when the fact held (partial dates), and whether it holds today. */
  validFrom: string | null;
  validTo: string | null;
  current: boolean | null;
  caption: string;
}
