import type { EvidenceEntry, Lang } from './graph-types.ts';

export type { EvidenceEntry };

/** Text with the language it is written in, so the page can mark it (`lang`) when it differs. */
export interface LangText {
  text: string;
  lang: Lang;
}

/**
 * Why an item is inferred, in the interface's language when someone wrote it so: the Russian basis is data
 * (`basisRu`), never a machine translation. Without one the English basis is returned, marked as English.
 */
export function basisIn(item: Pick<EvidenceEntry, 'basis' | 'basisRu'>, lang: Lang): LangText | null {
  if (lang === 'ru' && item.basisRu) return { text: item.basisRu, lang: 'ru' };
  if (item.basis) return { text: item.basis, lang: 'en' };
  if (item.basisRu) return { text: item.basisRu, lang: 'ru' };
  return null;
}

/** An edge's evidence split for display: quotes from documents first, then reference citations. */
export interface EvidenceGroups {
  quoted: EvidenceEntry[];
  cited: EvidenceEntry[];
}

/**
 * Splits items into quotes (shown inside their document) and citations (a reference cited without a quote);
 * stated quotes come before inferred ones, each group otherwise in recorded order.
 */
export function groupEvidence(items: readonly EvidenceEntry[]): EvidenceGroups {
  const quoted = items.filter((item) => item.quote);
  return {
    quoted: [...quoted.filter((item) => !item.inferred), ...quoted.filter((item) => item.inferred)],
    cited: items.filter((item) => !item.quote),
  };
}

/** Distinct source ids of the items, in order: what the reader has to fetch. */
export function evidenceSources(items: readonly EvidenceEntry[]): string[] {
  return [...new Set(items.map((item) => item.sourceId))];
}
