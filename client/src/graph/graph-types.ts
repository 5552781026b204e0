import type { SliceEdgeFragment, SliceFragment, SliceNodeFragment } from '../generated/graphql.ts';

/** Graph data as the API returns it, kept apart from the renderer's element format. */
export type Slice = SliceFragment;
export type SliceNode = SliceNodeFragment;
export type SliceEdge = SliceEdgeFragment;

export type { Lang } from '../i18n/lang.ts';

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
  props: Record<string, string | number>;
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
  caption: string;
}
