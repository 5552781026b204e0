import type { GazetteerEntry } from '../../draft.ts';
import type { DocumentContext } from '../context.ts';

/** The region an entry is, lies in, or has jurisdiction over. */
export function regionOf(ctx: DocumentContext, entry: GazetteerEntry): string | null {
  if (entry.label === 'Region') return entry.id;
  for (const id of entry.context ?? []) if (ctx.index.get(id)?.label === 'Region') return id;
  return null;
}
