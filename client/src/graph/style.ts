import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import { glyphImage, LABEL_STYLES } from './label-styles.ts';

/** Per-label node rules: shape, colour and glyph from the shared table. */
export function labelRules(): StylesheetJson {
  return LABEL_STYLES.map((style) => ({
    selector: `node[label = "${style.label}"]`,
    style: {
      shape: style.shape as never,
      'background-color': style.color,
      'background-image': glyphImage(style.glyph),
      'background-fit': 'contain',
      'background-clip': 'none',
    },
  }));
}

/**
 * The canvas stylesheet. Kept cheap on purpose for 2,000 elements: straight ("haystack"-like) edges are not
 * used because arrows matter here, but edge labels are hidden below a zoom threshold (`min-zoomed-font-size`)
 * and no shadows or gradients are drawn.
 */
export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 34,
        height: 34,
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '400px',
        'line-height': 1.15,
        'min-zoomed-font-size': 6,
        color: '#212529',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
        'background-color': '#868e96',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    // Two lines at most (graph/caption-lines.ts); the full name is in the tooltip and the details.
    { selector: 'node[short]', style: { label: 'data(short)' } },
    ...labelRules(),
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'line-color': '#adb5bd',
        'target-arrow-color': '#adb5bd',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        label: 'data(caption)',
        'font-size': 9,
        color: '#495057',
        'text-rotation': 'autorotate',
        'text-background-color': '#f8f9fa',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge.inferred', style: { 'line-style': 'dashed' } },
    // A post or hierarchy that no longer holds: still drawn (it is evidence), but visibly of the past.
    { selector: 'edge.former', style: { 'line-style': 'dotted', opacity: 0.6 } },
    // Outside the time bar's range: faded, still there to click (the reader sees what the range leaves out).
    { selector: '.out-of-time', style: { opacity: 0.12 } },
    {
      selector: 'node.sized',
      style: { width: 'mapData(centrality, 0, 1, 24, 90)', height: 'mapData(centrality, 0, 1, 24, 90)' },
    },
    {
      selector: 'node.pinned',
      style: { 'border-width': 4, 'border-color': '#212529', 'border-style': 'double' },
    },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#f59f00' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#1c7ed6', 'overlay-opacity': 0 },
    },
    {
      selector: 'edge:selected',
      style: { width: 3, 'line-color': '#1c7ed6', 'target-arrow-color': '#1c7ed6' },
    },
    { selector: 'edge.path', style: { width: 3, 'line-color': '#f59f00', 'target-arrow-color': '#f59f00' } },
    {
      selector: 'node.rule-size',
      style: { width: 'data(ruleSize)', height: 'data(ruleSize)' },
    },
    { selector: 'node.rule-color', style: { 'background-color': 'data(ruleColor)' } },
    {
      // On the map a region is a label at its unit's label point, not a node on top of its centre city.
      selector: 'node.marker',
      style: {
        shape: 'round-rectangle',
        width: 16,
        height: 16,
        'background-color': '#3f9b6e',
        'background-opacity': 0.85,
        'background-image': 'none',
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-x': 4,
        'text-margin-y': 0,
        'font-weight': 'bold',
        color: '#1e5e3f',
        'font-size': 12,
        // A halo, so the map's borders and flows under a region's name never cut its letters.
        'text-outline-color': '#f8faf6',
        'text-outline-width': 2,
      },
    },
    { selector: 'node.on-map', style: { 'font-size': 19, width: 44, height: 44 } },
    { selector: 'node.marker', style: { width: 20, height: 20, 'font-size': 22 } },
    { selector: 'edge.on-map', style: { width: 2.5, 'font-size': 16 } },
    {
      selector: 'edge.flow',
      style: {
        width: 6,
        'line-color': '#8e44ad',
        'target-arrow-color': '#8e44ad',
        'arrow-scale': 1.1,
        'curve-style': 'unbundled-bezier',
        'control-point-distances': [40],
        'control-point-weights': [0.5],
        // The count sits by the origin city, so the flows of one region do not stack their labels.
        label: '',
        'source-label': 'data(short)',
        'source-text-offset': 70,
        // Moved off a caption or a marker by the map's caption placement (geo/unit-captions.ts).
        'source-text-margin-x': (e: EdgeSingular) => Number(e.data('countDx') ?? 0),
        'source-text-margin-y': (e: EdgeSingular) => Number(e.data('countDy') ?? -12),
        color: '#5b2c6f',
        'font-size': 18,
        'font-weight': 'bold',
        'text-rotation': 'none',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'min-zoomed-font-size': 0,
      },
    },
    { selector: '.filtered, .hidden, .folded', style: { display: 'none' } },
  ];
}
