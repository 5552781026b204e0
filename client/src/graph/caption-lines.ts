/**
 * A long name as at most `maxLines` lines of about `lineLength` characters, broken between words, the last
 * line ending in "…" when something is cut. The canvas draws this; the full name is in the tooltip and the
 * details panel. Cytoscape's own `ellipsis` keeps one line only, which cut most official names mid-word.
 */
export function wrapCaption(name: string, lineLength = 24, maxLines = 2): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index]!;
    const next = current ? `${current} ${word}` : word;
    if (next.length <= lineLength || !current) {
      current = next;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && current) {
    lines.push(current);
    current = '';
    index = words.length;
  }
  const tooLong = lines.findIndex((line) => line.length > lineLength);
  if (tooLong >= 0) {
    // A single word longer than a line: cut it there, nothing after it is shown.
    const shown = lines.slice(0, tooLong + 1);
    shown[tooLong] = `${shown[tooLong]!.slice(0, lineLength - 1)}…`;
    return shown.join('\n');
  }
  const shown = lines.slice(0, maxLines);
  if (index < words.length) shown[shown.length - 1] = `${shown.at(-1)!.replace(/[\s,.;:«"(–-]+$/, '')}…`;
  return shown.join('\n');
}
