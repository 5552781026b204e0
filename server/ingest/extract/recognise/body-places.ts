import type { GazetteerEntry } from '../../draft.ts';
import { foldName } from '../../gazetteer/fold-name.ts';
import type { DocumentContext, SentenceContext } from '../context.ts';
import { regionOf } from './region-of.ts';

export interface Place {
  to: number;
  regionId: string | null;
  /** "прокуратурой области": the region is the document's. */
  implied?: boolean;
  /** The gazetteer place, and where its words start. */
  entry?: GazetteerEntry;
  from?: number;
}

/** The place after a head: "[по] Жамбылской области", "города Уральска", "СКО", "Шуского района", "области". */
export function placeAfter(ctx: DocumentContext, sc: SentenceContext, j: number): Place | null {
  let k = j;
  if (sc.tokens[k]?.text.toLowerCase() === 'по') k++;
  const token = sc.tokens[k];
  if (!token) return null;
  const match = ctx.index
    .matchAt(sc.tokens, k)
    .find((m) => m.entry.label === 'Region' || m.entry.label === 'City');
  if (match) return { to: match.to, regionId: regionOf(ctx, match.entry), entry: match.entry, from: k };
  const next = sc.tokens[k + 1];
  if (token.forms.has('город') && next && /^\p{Lu}/u.test(next.text)) {
    const city = ctx.index
      .matchAt(sc.tokens, k + 1)
      .find((m) => m.entry.label === 'City' || m.entry.label === 'Region');
    return {
      to: city?.to ?? k + 2,
      regionId: city ? regionOf(ctx, city.entry) : null,
      ...(city ? { entry: city.entry, from: k + 1 } : {}),
    };
  }
  if (next?.forms.has('район') && /^\p{Lu}/u.test(token.text)) return { to: k + 2, regionId: null };
  if (token.forms.has('район') && next && /^\p{Lu}/u.test(next.text)) return { to: k + 2, regionId: null };
  if ((token.forms.has('область') || token.forms.has('регион')) && !next?.forms.has('абай'))
    return { to: k + 1, regionId: null, implied: true };
  return null;
}

/** The graph's territorial body (its name starts with `prefix`) with jurisdiction over the region. */
export function territorialBody(
  ctx: DocumentContext,
  prefix: string,
  regionId: string,
): GazetteerEntry | undefined {
  return ctx.index.entries.find(
    (e) =>
      e.label === 'Agency' && foldName(e.name).startsWith(prefix) && (e.context ?? []).includes(regionId),
  );
}
