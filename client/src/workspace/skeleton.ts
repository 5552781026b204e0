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
  /** The map behind the canvas (geo layout). */
  outline: SVGSVGElement;
  /** The lasso's drawing surface over the canvas (active only while the lasso is on). */
  lasso: SVGSVGElement;
  empty: HTMLElement;
  /** Messages about the link or the session, over the canvas, each with a close button. */
  banner: HTMLElement;
  tooltip: HTMLElement;
  attribution: HTMLElement;
  /** Saved investigations: the current one and the list (in the left column, above the panels). */
  investigations: HTMLElement;
  /** The time bar under the canvas: a histogram of the dated elements with a brush. */
  timebar: HTMLElement;
  side: HTMLElement;
  footer: HTMLElement;
}

function svg(className: string, test: string): SVGSVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  element.classList.add(className);
  element.dataset.test = test;
  return element;
}

/** Builds the workspace's grid: header (search, toolbar), left sidebar, canvas, right panel, status line. */
export function skeleton(): Skeleton {
  const outline = svg('outline', 'outline');
  const lasso = svg('lasso', 'lasso-surface');
  const cyContainer = h('div', { class: 'cy', test: 'canvas' });
  const empty = h('div', { class: 'empty', test: 'empty' });
  const banner = h('div', { class: 'banner-slot' });
  const tooltip = h('div', { class: 'tooltip', role: 'tooltip', test: 'tooltip', hidden: true });
  const attribution = h('div', { class: 'attribution' });
  const investigations = h('div', { class: 'investigations-slot' });
  const timebar = h('div', { class: 'timebar', test: 'timebar', hidden: true });
  const canvasWrap = h(
    'div',
    { class: 'canvas-wrap' },
    outline,
    cyContainer,
    lasso,
    empty,
    banner,
    tooltip,
    attribution,
    timebar,
  );
  const search = h('div', { class: 'search-slot' });
  const toolbar = h('div', { class: 'toolbar-slot' });
  const header = h('header', {}, h('strong', { class: 'brand' }, 'OpsGraph'), search, toolbar);
  const panels = h('div', { class: 'sidebar-panels' });
  const sidebar = h('aside', { class: 'sidebar' }, investigations, panels);
  const side = h('aside', { class: 'side' });
  const footer = h('footer', {});
  const root = h(
    'div',
    { class: 'workspace', test: 'workspace', 'data-busy': 'false' },
    header,
    sidebar,
    canvasWrap,
    side,
    footer,
  );
  return {
    root,
    header,
    search,
    toolbar,
    sidebar: panels,
    canvasWrap,
    cyContainer,
    outline,
    lasso,
    empty,
    banner,
    tooltip,
    attribution,
    timebar,
    investigations,
    side,
    footer,
  };
}
