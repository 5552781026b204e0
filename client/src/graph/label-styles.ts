import { LABELS } from '../generated/vocabulary.ts';

/** How one node label looks: the same table drives the canvas style and the legend. */
export interface LabelStyle {
  label: string;
  shape: string;
  color: string;
  /** A character present in common system fonts (DejaVu, Liberation), drawn inside the node. */
  glyph: string;
}

/** The data contract's labels in legend order; their looks are defined in vocabulary/graph-vocabulary.ts. */
export const LABEL_STYLES: readonly LabelStyle[] = LABELS.map(({ label, shape, color, glyph }) => ({
  label,
  shape,
  color,
  glyph,
}));

const FALLBACK: Omit<LabelStyle, 'label'> = { shape: 'ellipse', color: '#868e96', glyph: '?' };
const BY_LABEL = new Map(LABEL_STYLES.map((style) => [style.label, style]));

/** The style of a label; unknown labels (the contract may grow) get a neutral grey. */
export function labelStyle(label: string): LabelStyle {
  return BY_LABEL.get(label) ?? { label, ...FALLBACK };
}

/** The glyph as an SVG data URI, so Cytoscape can draw it as the node's background image. */
export function glyphImage(glyph: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
    `<text x="32" y="44" font-size="34" text-anchor="middle" fill="#ffffff" ` +
    `font-family="DejaVu Sans, Segoe UI Symbol, sans-serif">${glyph}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
