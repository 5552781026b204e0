import type { Brief, BriefEvidence } from '../graph/brief.ts';
import type { SourceRef } from '../graph/brief-markdown.ts';
import type { Lang } from '../graph/graph-types.ts';
import type { BriefGraph } from './brief-graph.ts';
import { translate } from '../i18n/strings.ts';
import { h } from './dom.ts';

export interface BriefActions {
  onPrint(): void;
  onMarkdown(): void;
  onClose(): void;
}

function evidenceItem(item: BriefEvidence, sources: ReadonlyMap<string, SourceRef>, lang: Lang): HTMLElement {
  const source = sources.get(item.sourceId);
  const title = source?.title ?? item.sourceId;
  return h(
    'li',
    { class: 'brief-evidence', test: 'brief-evidence' },
    item.quote ? h('q', {}, item.quote) : null,
    item.inferred && item.basis
      ? h(
          'span',
          { class: 'inferred' },
          ` ${translate(lang, 'inferredShort')}: `,
          h('span', { lang: item.basis.lang }, item.basis.text),
        )
      : null,
    h(
      'span',
      { class: 'brief-source', test: 'brief-source' },
      ` — ${translate(lang, 'source')}: `,
      source?.url ? h('a', { href: source.url }, title) : title,
    ),
  );
}

/**
 * The coordinator's brief as a page: title, the chain's graph as an image, then each role with its lines,
 * posts (former ones marked with their dates) and every line's evidence with its source. The print
 * stylesheet fits it on one A4 page and leaves out the buttons.
 */
export function briefView(
  brief: Brief,
  lang: Lang,
  graph: BriefGraph | null,
  sources: ReadonlyMap<string, SourceRef>,
  actions: BriefActions,
): HTMLElement {
  return h(
    'article',
    { class: 'brief-page', test: 'brief', 'data-id': brief.directive.id },
    h(
      'div',
      { class: 'brief-actions' },
      h('button', { test: 'brief-print', onclick: () => actions.onPrint() }, translate(lang, 'briefPrint')),
      h(
        'button',
        { test: 'brief-markdown', onclick: () => actions.onMarkdown() },
        translate(lang, 'briefMarkdown'),
      ),
      h('button', { test: 'brief-close', onclick: () => actions.onClose() }, translate(lang, 'close')),
    ),
    h('h1', {}, `${translate(lang, 'briefTitle')}: ${brief.directive.name}`),
    brief.sections.length === 0 ? h('p', { class: 'muted' }, translate(lang, 'briefEmpty')) : null,
    h(
      'div',
      { class: 'brief-sections' },
      // Inside the sections, so on paper the graph heads the first column at its full width: a chain is
      // about as tall as wide, and a whole-page-wide box would leave it small in the middle.
      graph
        ? h('img', {
            class: 'brief-graph',
            test: 'brief-graph',
            src: graph.src,
            alt: translate(lang, 'chain'),
            // The names' size in the image's pixels: with the printed width, their size on paper.
            'data-label-px': graph.labelPx.toFixed(2),
          })
        : null,
      ...brief.sections.map((section) =>
        h(
          'section',
          { test: 'brief-section', 'data-role': section.role },
          h('h2', {}, translate(lang, `brief.${section.role}`)),
          h(
            'ul',
            {},
            ...section.lines.map((line) =>
              h(
                'li',
                { test: 'brief-line', 'data-id': line.id },
                h('strong', {}, line.name),
                h(
                  'ul',
                  { class: 'brief-related' },
                  ...line.related.map((r) =>
                    h(
                      'li',
                      { class: r.former ? 'former' : '', test: r.former ? 'brief-former' : 'brief-related' },
                      `${translate(lang, `related.${r.kind}`)}: ${r.name}`,
                      r.tenure ? h('span', { class: 'badge' }, r.tenure) : null,
                    ),
                  ),
                  ...line.evidence.map((item) => evidenceItem(item, sources, lang)),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
