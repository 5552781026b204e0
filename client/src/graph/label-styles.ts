/** How one node label looks: the same table drives the canvas style and the legend. */
export interface LabelStyle {
  label: string;
  shape: string;
  color: string;
  /** A character present in common system fonts (DejaVu, Liberation), drawn inside the node. */
  glyph: string;
}

/** The data contract's labels (issue 3), in legend order. */
export const LABEL_STYLES: readonly LabelStyle[] = [
  { label: 'Person', shape: 'ellipse', color: '#d9485f', glyph: '☻' },
  { label: 'Position', shape: 'round-rectangle', color: '#e8883a', glyph: '✪' },
  { label: 'Agency', shape: 'rectangle', color: '#3a6ea5', glyph: '⌂' },
  { label: 'Region', shape: 'hexagon', color: '#3f9b6e', glyph: '▦' },
  { label: 'City', shape: 'diamond', color: '#7bb661', glyph: '◉' },
  { label: 'SupplyChannel', shape: 'vee', color: '#8e44ad', glyph: '⇶' },
  { label: 'Seizure', shape: 'star', color: '#c0392b', glyph: '⚠' },
  { label: 'Directive', shape: 'tag', color: '#b8860b', glyph: '✎' },
  { label: 'Meeting', shape: 'octagon', color: '#16a3b8', glyph: '⚑' },
  { label: 'Indicator', shape: 'triangle', color: '#6c757d', glyph: '↗' },
  { label: 'Measure', shape: 'pentagon', color: '#5a8f29', glyph: '✓' },
  { label: 'Source', shape: 'barrel', color: '#495057', glyph: '¶' },
];

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
