import type { Lang } from '../graph/graph-types.ts';
import { translate, type StringKey } from '../i18n/strings.ts';
import { h } from './dom.ts';

/** The line styles of the canvas (graph/style.ts), drawn the same way in the legend. */
export const EDGE_STYLES: readonly {
  kind: string;
  key: StringKey;
  color: string;
  width: number;
  dash?: string;
}[] = [
  { kind: 'stated', key: 'edgeStated', color: '#adb5bd', width: 1.5 },
  { kind: 'inferred', key: 'edgeInferred', color: '#adb5bd', width: 1.5, dash: '5 3' },
  { kind: 'path', key: 'edgePath', color: '#f59f00', width: 3 },
  { kind: 'flow', key: 'edgeFlow', color: '#8e44ad', width: 4 },
  { kind: 'selected', key: 'edgeSelected', color: '#1c7ed6', width: 3 },
];

function sample(color: string, width: number, dash?: string): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', '34');
  svg.setAttribute('height', '12');
  svg.setAttribute('class', 'edge-sample');
  const line = document.createElementNS(NS, 'path');
  line.setAttribute('d', 'M2 6 H26');
  line.setAttribute('stroke', color);
  line.setAttribute('stroke-width', String(width));
  if (dash) line.setAttribute('stroke-dasharray', dash);
  const arrow = document.createElementNS(NS, 'path');
  arrow.setAttribute('d', 'M26 2 L33 6 L26 10 Z');
  arrow.setAttribute('fill', color);
  svg.append(line, arrow);
  return svg;
}

/** The legend of relationships: one line sample per style present on the canvas (`present` kinds). */
export function edgeLegend(lang: Lang, present: ReadonlySet<string>): HTMLElement {
  return h(
    'section',
    { class: 'legend edge-legend', test: 'edge-legend' },
    h('h3', {}, translate(lang, 'edgeLegend')),
    ...EDGE_STYLES.filter((s) => present.has(s.kind)).map((s) =>
      h(
        'div',
        { class: 'legend-item', test: `edge-legend-${s.kind}` },
        sample(s.color, s.width, s.dash),
        translate(lang, s.key),
      ),
    ),
  );
}
