import type { StylesheetJson } from 'cytoscape';
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
        label: 'data(caption)',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
        'min-zoomed-font-size': 7,
        color: '#212529',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
        'background-color': '#868e96',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
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
    { selector: '.filtered, .hidden', style: { display: 'none' } },
  ];
}
