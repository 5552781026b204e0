import { h } from '../ui/dom.ts';

/** The fixed parts of the page; panels inside them are rebuilt, these elements live as long as the page. */
export interface Skeleton {
  root: HTMLElement;
  header: HTMLElement;
  search: HTMLElement;
  toolbar: HTMLElement;
  sidebar: HTMLElement;
  canvasWrap: HTMLElement;
  cyContainer: HTMLElement;
  outline: SVGSVGElement;
  empty: HTMLElement;
  side: HTMLElement;
  footer: HTMLElement;
}

/** Builds the workspace's grid: header (search, toolbar), left sidebar, canvas, right panel, status line. */
export function skeleton(): Skeleton {
  const outline = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  outline.classList.add('outline');
  outline.dataset.test = 'outline';
  const cyContainer = h('div', { class: 'cy', test: 'canvas' });
  const empty = h('div', { class: 'empty', test: 'empty' });
  const canvasWrap = h('div', { class: 'canvas-wrap' }, outline, cyContainer, empty);
  const search = h('div', { class: 'search-slot' });
  const toolbar = h('div', { class: 'toolbar-slot' });
  const header = h('header', {}, h('strong', { class: 'brand' }, 'OpsGraph'), search, toolbar);
  const sidebar = h('aside', { class: 'sidebar' });
  const side = h('aside', { class: 'side' });
  const footer = h('footer', {});
  const root = h('div', { class: 'workspace', test: 'workspace' }, header, sidebar, canvasWrap, side, footer);
  return { root, header, search, toolbar, sidebar, canvasWrap, cyContainer, outline, empty, side, footer };
}
