import { h } from '../ui/dom.ts';
import type { Segment } from './review-model.ts';

/**
 * The document text of the review as elements: each segment a highlighted mention or span, the keyboard
 * caret's selection, or plain text, and the caret itself at `caret` (an empty element, so the pane's text,
 * which mouse selections are measured in, stays the document's text).
 */
export function textPieces(segments: Segment[], caret: number | null, length: number): (Node | string)[] {
  const pieces = segments.flatMap((s) => (caret === s.start ? [caretMark(), piece(s)] : [piece(s)]));
  return caret === length ? [...pieces, caretMark()] : pieces;
}

function piece(s: Segment): Node | string {
  const picked = s.picked ? ' picked' : '';
  if (s.refs.length || s.selected)
    return h(
      'mark',
      {
        test: s.selected ? 'review-highlight' : 'review-mention',
        class: `${s.selected ? 'selected' : ''}${s.focused ? ' focused' : ''}${picked}`,
        'data-refs': s.refs.join(' '),
      },
      s.text,
    );
  return s.picked ? h('span', { class: 'picked' }, s.text) : s.text;
}

const caretMark = () => h('span', { test: 'review-caret', class: 'review-caret', 'aria-hidden': 'true' });
