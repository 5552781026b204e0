import { DEFAULT_DATA_DIR } from '../../../seed/read-seed-files.ts';
import { validateSeed } from '../../../seed/validate-seed.ts';
import type { GazetteerEntry } from '../draft.ts';

/** `seed`: every node the seed loads; `reference`: only geography and bodies, without the article's facts. */
export type GazetteerMode = 'seed' | 'reference';

/**
 * The graph's entities as the linker sees them, read from the seed files rather than a database, so the
 * evaluation runs offline and always against the same graph. Context lists each node's neighbours (a
 * position's agency, an agency's region). `reference` leaves out the nodes a document file defines: the
 * seed article is scored against the graph as it was before that article was read.
 */
export async function readSeedGazetteer(
  mode: GazetteerMode,
  dataDir: string = DEFAULT_DATA_DIR,
): Promise<GazetteerEntry[]> {
  const seed = await validateSeed(dataDir);
  const graphs = seed.graphs.filter((graph) => mode === 'seed' || !graph.data.sourceId);
  const context = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!context.has(a)) context.set(a, new Set());
    context.get(a)!.add(b);
  };
  const entries: GazetteerEntry[] = [];
  for (const { data } of graphs) {
    for (const node of data.nodes) {
      entries.push({
        id: node.id,
        label: node.label,
        name: node.name,
        aliases: node.aliases,
        nameEn: node.nameEn,
      });
    }
    for (const r of data.relationships) {
      link(r.from, r.to);
      link(r.to, r.from);
    }
  }
  const known = new Set(entries.map((entry) => entry.id));
  for (const entry of entries)
    entry.context = [...(context.get(entry.id) ?? [])].filter((id) => known.has(id));
  return entries;
}
