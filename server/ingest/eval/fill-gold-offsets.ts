/** A span being annotated: its text, and which occurrence of it (1-based) when it repeats. */
interface Span {
  start?: number;
  end?: number;
  occurrence?: number;
}

/**
 * Fills `start`/`end` of every mention, relationship quote and ignored span of a gold file being written,
 * from its text and `occurrence`, the way seed/annotate-offsets.ts does for the seed: annotators write the
 * words, the offsets follow. Returns the spans it could not find.
 */
export function fillGoldOffsets(gold: Record<string, unknown>, text: string, sha256: string): string[] {
  const missing: string[] = [];
  const fill = (where: string, span: Span, quoted: unknown) => {
    if (typeof quoted !== 'string' || !quoted) return missing.push(`${where}: no text`);
    let at = -1;
    for (let n = 0; n < (span.occurrence ?? 1); n++) {
      at = text.indexOf(quoted, at + 1);
      if (at < 0) break;
    }
    if (at < 0)
      return missing.push(`${where}: "${quoted}" (occurrence ${span.occurrence ?? 1}) is not in the text`);
    span.start = at;
    span.end = at + quoted.length;
  };
  gold.sha256 = sha256;
  const list = (key: string) => (Array.isArray(gold[key]) ? (gold[key] as Record<string, unknown>[]) : []);
  list('ignore').forEach((s, i) => fill(`ignore[${i}]`, s as Span, s.text));
  list('entities').forEach((entity, i) => {
    const mentions = Array.isArray(entity.mentions) ? (entity.mentions as Record<string, unknown>[]) : [];
    mentions.forEach((m, j) => fill(`entities[${i}].mentions[${j}]`, m as Span, m.text));
  });
  list('relationships').forEach((r, i) => fill(`relationships[${i}]`, r as Span, r.quote));
  return missing;
}
