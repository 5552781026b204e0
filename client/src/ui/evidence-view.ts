import type { GraphApi } from '../api/index.ts';
import { locatePassage } from '../graph/evidence.ts';
import type { EdgeData, Lang } from '../graph/graph-types.ts';
import { translate } from '../i18n/strings.ts';
import { fill, h } from './dom.ts';

/**
 * One edge's evidence: the quote, then the source's full text with the passage highlighted and scrolled into
 * view — the investigator sees the claim in its context, not just an excerpt.
 */
export function evidenceView(
  api: GraphApi,
  edge: EdgeData,
  lang: Lang,
  onError: (e: unknown) => void,
): HTMLElement {
  const box = h('div', { class: 'evidence', test: 'evidence' });
  if (edge.inferred) {
    box.append(
      h(
        'p',
        { class: 'inferred', test: 'evidence-basis' },
        `${translate(lang, 'inferredBasis')}: ${edge.basis ?? '—'}`,
      ),
    );
  }
  if (!edge.quote || !edge.sourceId) {
    box.append(h('p', { class: 'muted' }, translate(lang, 'noQuote')));
    return box;
  }
  box.append(h('blockquote', { test: 'evidence-quote' }, edge.quote));
  const text = h('div', { class: 'source-text', test: 'source-text' }, translate(lang, 'loading'));
  box.append(text);
  api.source(edge.sourceId).then(
    (source) => {
      const passage = locatePassage(source.text ?? '', edge.quote!, edge.start, edge.end);
      const mark = h('mark', { test: 'evidence-highlight' }, passage.quote);
      fill(
        text,
        source.title ? h('div', { class: 'source-title' }, source.title) : null,
        passage.before,
        passage.quote ? mark : h('p', { class: 'error' }, translate(lang, 'quoteNotFound')),
        passage.after,
      );
      mark.scrollIntoView({ block: 'center' });
    },
    (error: unknown) => {
      text.textContent = '';
      onError(error);
    },
  );
  return box;
}
