import type { Lang } from './graph-types.ts';

/** One entry of a node's `references`, ready for the details panel before (or without) its Source. */
export interface ReferenceCitation {
  /** `[32]`, or '' when the entry has no number. */
  label: string;
  /** The reference Source it stands for (the seed's `source:ref-<n>`), when numbered. */
  sourceId?: string;
  /** The citation itself, without the reference file's path the seed prefixes it with. */
  citation: string;
}

// The seed writes "[32] shared/reference/kazakhstan.md: zakon.kz 6451587": the number, the file the list is
// kept in (bookkeeping, no use to a reader), then the citation. Only a path ending in a file name is cut, so
// a citation that itself holds a colon ("…/ISO_3166-2:KZ") is kept whole.
const NUMBERED = /^\[(\d+)\]\s*(?:[\w./-]+\.(?:md|txt|json|csv):\s*)?(.*)$/s;

/** Splits the `references` strings of a node into numbers, reference Source ids and citations. */
export function referenceCitations(values: readonly string[]): ReferenceCitation[] {
  return values.map((value) => {
    const match = NUMBERED.exec(value.trim());
    if (!match) return { label: '', citation: value.trim() };
    return { label: `[${match[1]}]`, sourceId: `source:ref-${match[1]}`, citation: match[2]!.trim() };
  });
}

/** How the details panel shows one property value. */
export interface ValueDisplay {
  /** Written in the other language and long: folded away under a summary naming its language. */
  folded: boolean;
  /** Clipped to a few lines with the whole value in a tooltip. */
  clipped: boolean;
}

/** Longer than this, text in the other language is folded, and any value is clipped with a tooltip. */
export const LONG_VALUE = 80;

/**
 * Text the data holds only in the other language (the seed's English notes for a Russian reader) is shown,
 * not translated: a long one folds under «примечание (англ.)» so the panel reads in one language; a long
 * value of any kind is clipped with its whole text in a tooltip, so no value widens the panel.
 */
export function valueDisplay(value: string, valueLang: Lang | undefined, lang: Lang): ValueDisplay {
  const long = value.length > LONG_VALUE;
  const folded = long && valueLang !== undefined && valueLang !== lang;
  return { folded, clipped: long && !folded };
}
