import type { Lang } from './graph-types.ts';
import { formatRange, parseRange } from './time-range.ts';
import { writeWorkingSet, type WorkingSet } from './working-set.ts';

export const VIEWS = ['explore', 'supply', 'chain', 'path'] as const;
export const LAYOUTS = ['fcose', 'dagre', 'concentric', 'geo'] as const;
export type ViewName = (typeof VIEWS)[number];
export type LayoutName = (typeof LAYOUTS)[number];

/** The shareable part of the workspace: enough to redraw the same view from a link. */
export interface ViewState {
  view: ViewName;
  /** The node the view is about: explored node, region, directive, or the path's start. */
  focus: string | null;
  /** The path's end (view `path` only). */
  to: string | null;
  layout: LayoutName;
  lang: Lang;
  /** The time bar's range as the link writes it ("2024", "2023-01..2024-09"); null for all dates. */
  range?: string | null;
}

/** The layout each view opens with, unless the link says otherwise. */
export const DEFAULT_LAYOUT: Record<ViewName, LayoutName> = {
  explore: 'fcose',
  supply: 'geo',
  chain: 'dagre',
  path: 'dagre',
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** The link's time range, normalised; null when absent or not a range. */
function rangeParam(value: string | null): string | null {
  const range = parseRange(value);
  return range ? formatRange(range) : null;
}

/** Reads a view from a query string; unknown or missing values fall back to defaults, never throw. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view = oneOf(params.get('view'), VIEWS) ?? 'explore';
  const range = rangeParam(params.get('t'));
  return {
    view,
    focus: params.get('focus') || null,
    to: view === 'path' ? params.get('to') || null : null,
    layout: oneOf(params.get('layout'), LAYOUTS) ?? DEFAULT_LAYOUT[view],
    lang: oneOf(params.get('lang'), ['ru', 'en'] as const) ?? 'ru',
    // Only when the link has one, so a link without a range reads exactly as before.
    ...(range ? { range } : {}),
  };
}

/**
 * The parameters of a link that were not understood and so were replaced by defaults, e.g. `view=nope`:
 * the workspace says so instead of silently showing something else.
 */
export function linkProblems(search: string): string[] {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const check = (name: string, allowed: readonly string[]) => {
    const value = params.get(name);
    if (value !== null && !allowed.includes(value)) problems.push(`${name}=${value}`);
  };
  check('view', VIEWS);
  check('layout', LAYOUTS);
  check('lang', ['ru', 'en']);
  const t = params.get('t');
  if (t !== null && !parseRange(t)) problems.push(`t=${t}`);
  const view = params.get('view');
  if ((view === 'supply' || view === 'chain' || view === 'path') && !params.get('focus'))
    problems.push('focus');
  if (view === 'path' && !params.get('to')) problems.push('to');
  return problems;
}

/**
 * Writes a view as a query string (with the leading `?`), in a stable parameter order, followed by the
 * working set when given (as much of it as fits a link).
 */
export function formatViewState(state: ViewState, working?: WorkingSet | null, budget?: number): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.focus) params.set('focus', state.focus);
  if (state.view === 'path' && state.to) params.set('to', state.to);
  params.set('layout', state.layout);
  params.set('lang', state.lang);
  if (state.range) params.set('t', state.range);
  if (working?.nodes.length) writeWorkingSet(params, working, budget);
  return `?${params.toString()}`;
}
