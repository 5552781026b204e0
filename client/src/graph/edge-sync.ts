/**
 * Groups of ids such that every pair of ids shares at least one group and no group is larger than `max`:
 * the server answers the edges among at most `max` ids, so a larger canvas is asked in halves-of-max chunks,
 * pairwise (4 chunks → 6 requests), and no relationship between two chunks is missed.
 */
export function idGroups(ids: readonly string[], max: number): string[][] {
  const unique = [...new Set(ids)];
  if (unique.length <= max) return unique.length ? [unique] : [];
  const size = Math.max(1, Math.floor(max / 2));
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += size) chunks.push(unique.slice(i, i + size));
  const groups: string[][] = [];
  for (let i = 0; i < chunks.length; i++)
    for (let j = i + 1; j < chunks.length; j++) groups.push([...chunks[i]!, ...chunks[j]!]);
  return groups;
}

/** The edges of `edges` not yet drawn (by id), each once. */
export function missingEdges<E extends { id: string }>(edges: readonly E[], drawn: ReadonlySet<string>): E[] {
  const seen = new Set(drawn);
  return edges.filter((edge) => {
    if (seen.has(edge.id)) return false;
    seen.add(edge.id);
    return true;
  });
}
