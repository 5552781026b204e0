import { NO_FILTERS, type Evidence, type Filters } from './filters.ts';
import type { StyleRule } from './style-rules.ts';

/** What an investigation keeps of the workspace: the link (view and working set) plus filters and rule. */
export interface InvestigationState {
  /** The workspace as a link's query string, positions included (formatViewState without a length limit). */
  link: string;
  filters: Filters;
  rule: StyleRule | null;
}

interface StoredFilters {
  hiddenLabels: string[];
  hiddenTypes: string[];
  evidence: Evidence;
  years: { from: number; to: number } | null;
}

/** The state as the JSON text the server stores (sets as arrays). */
export function encodeState(state: InvestigationState): string {
  const filters: StoredFilters = {
    hiddenLabels: [...state.filters.hiddenLabels].sort(),
    hiddenTypes: [...state.filters.hiddenTypes].sort(),
    evidence: state.filters.evidence,
    years: state.filters.years,
  };
  return JSON.stringify({ v: 1, link: state.link, filters, rule: state.rule });
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Reads a stored state back; whatever is missing or malformed falls back to the default (no filters, no
 * rule, an empty link) rather than failing, so an old or damaged investigation still opens.
 */
export function decodeState(text: string): InvestigationState {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // fall through to the defaults
  }
  const f = (raw.filters ?? {}) as Record<string, unknown>;
  const years = f.years as { from?: unknown; to?: unknown } | null | undefined;
  const evidence = ['all', 'stated', 'inferred'].includes(f.evidence as string)
    ? (f.evidence as Evidence)
    : 'all';
  const filters: Filters = {
    hiddenLabels: new Set(strings(f.hiddenLabels)),
    hiddenTypes: new Set(strings(f.hiddenTypes)),
    evidence,
    years:
      years && typeof years.from === 'number' && typeof years.to === 'number'
        ? { from: years.from, to: years.to }
        : NO_FILTERS.years,
  };
  const r = raw.rule as { property?: unknown; mode?: unknown } | null | undefined;
  const rule: StyleRule | null =
    r && typeof r.property === 'string' && (r.mode === 'size' || r.mode === 'color')
      ? { property: r.property, mode: r.mode }
      : null;
  const link = typeof raw.link === 'string' && raw.link.startsWith('?') ? raw.link : '?';
  return { link, filters, rule };
}

/** The link that opens an investigation: `?inv=<id>`. */
export function investigationLink(id: string): string {
  return `?${new URLSearchParams({ inv: id }).toString()}`;
}

/** The investigation a link names, or null. */
export function investigationOf(search: string): string | null {
  return new URLSearchParams(search).get('inv') || null;
}
