import type { Span } from './review-types.ts';

/**
 * The document selection inside `pane` as offsets into the text the pane shows (its text content is the
 * document's text, cut into highlighted pieces), or null when nothing in the pane is selected. A Range's
 * string counts UTF-16 units, as the draft's offsets do.
 */
export function selectedSpan(pane: HTMLElement): Span | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!pane.contains(range.startContainer) || !pane.contains(range.endContainer)) return null;
  const offset = (node: Node, at: number) => {
    const before = document.createRange();
    before.setStart(pane, 0);
    before.setEnd(node, at);
    return before.toString().length;
  };
  return {
    start: offset(range.startContainer, range.startOffset),
    end: offset(range.endContainer, range.endOffset),
  };
}
