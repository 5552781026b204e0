/**
 * One evidence item of a fact: where it comes from and, for a document, the exact quote at its offsets.
 * A fact stores its items as `evidence: LIST<STRING>`, one JSON object per item, members in this order
 * and null members left out, so the same item always has the same text (docs/data-model.md).
 */
export interface EvidenceItem {
  /** Id of the Source: a document, or a reference (then there is no quote). */
  sourceId: string;
  /** Exact substring of the source text: `text.slice(start, end) === quote` (UTF-16 offsets). */
  quote?: string | null;
  start?: number | null;
  end?: number | null;
  /** True when the source implies rather than states the fact; then `basis` says why it holds. */
  inferred: boolean;
  basis?: string | null;
  /** The basis in Russian, the interface's other language (written by a person, never machine-translated). */
  basisRu?: string | null;
  /** What produced the item: `seed`, `manual`, or an extractor and its version (`rules-ru/1.0.0`). */
  extractor?: string | null;
  /** Who accepted it (a token's subject, or `seed`), and when (ISO 8601). */
  reviewedBy?: string | null;
  reviewedAt?: string | null;
}

const MEMBERS = [
  'sourceId',
  'quote',
  'start',
  'end',
  'inferred',
  'basis',
  'basisRu',
  'extractor',
  'reviewedBy',
  'reviewedAt',
] as const satisfies readonly (keyof EvidenceItem)[];

/** The stored JSON text of an item. */
export function encodeEvidence(item: EvidenceItem): string {
  const out: Record<string, unknown> = {};
  for (const member of MEMBERS) {
    const value = item[member];
    if (value !== null && value !== undefined) out[member] = value;
  }
  return JSON.stringify(out);
}

/** An item read back from its stored text; `inferred` is always a boolean. */
export function decodeEvidence(text: string): EvidenceItem {
  const raw = JSON.parse(text) as Record<string, unknown>;
  const item: EvidenceItem = { sourceId: String(raw.sourceId), inferred: raw.inferred === true };
  for (const member of MEMBERS) {
    if (member === 'sourceId' || member === 'inferred') continue;
    const value = raw[member];
    if (value !== null && value !== undefined) Object.assign(item, { [member]: value });
  }
  return item;
}

/** Two items are the same evidence when they cite the same span (or, without offsets, the same source). */
export function sameEvidence(a: EvidenceItem, b: EvidenceItem): boolean {
  return (
    a.sourceId === b.sourceId &&
    (a.start ?? null) === (b.start ?? null) &&
    (a.end ?? null) === (b.end ?? null)
  );
}

/**
 * `existing` with `incoming` merged in, order kept: an incoming item replaces the same evidence in place
 * (the newer review wins), any other is appended. `replaceExtractor` first drops every existing item of that
 * extractor, so re-seeding rewrites the seed's own items and keeps everything ingested or entered by hand.
 */
export function mergeEvidence(
  existing: readonly EvidenceItem[],
  incoming: readonly EvidenceItem[],
  options: { replaceExtractor?: string } = {},
): EvidenceItem[] {
  const merged = existing.filter(
    (item) => !options.replaceExtractor || item.extractor !== options.replaceExtractor,
  );
  for (const item of incoming) {
    const at = merged.findIndex((other) => sameEvidence(other, item));
    if (at >= 0) merged[at] = item;
    else merged.push(item);
  }
  return merged;
}
