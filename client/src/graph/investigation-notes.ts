/** A note as the API returns it: an annotation about an investigation and one of its elements. */
export interface NoteLike {
  id: string;
  text: string;
  author: string;
  createdAt: unknown;
  aboutIds: string[];
}

/**
 * The notes of an investigation by the element they are about (every id besides the investigation's),
 * oldest first, so a node or an edge shows its own notes in the order they were written.
 */
export function notesByElement<N extends NoteLike>(
  notes: readonly N[],
  investigationId: string,
): Map<string, N[]> {
  const byElement = new Map<string, N[]>();
  const sorted = [...notes].sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
  for (const note of sorted) {
    if (!note.aboutIds.includes(investigationId)) continue;
    for (const id of note.aboutIds) {
      if (id === investigationId) continue;
      byElement.set(id, [...(byElement.get(id) ?? []), note]);
    }
  }
  return byElement;
}
