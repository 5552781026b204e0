import type { ChainStep } from '../graph/chain-steps.ts';
import { tenure } from '../graph/fact-time.ts';
import type { Lang } from '../graph/graph-types.ts';
import { translate } from '../i18n/strings.ts';
import { h } from './dom.ts';

/** The responsibility chain as a numbered list, top-down: each hop in a sentence, with its quote. */
export function chainPanel(
  steps: readonly ChainStep[],
  lang: Lang,
  onStep: (edgeId: string) => void,
  onBrief?: () => void,
): HTMLElement {
  return h(
    'section',
    { class: 'chain', test: 'chain-panel' },
    h(
      'h3',
      {},
      translate(lang, 'chain'),
      onBrief
        ? h(
            'button',
            { class: 'brief-button', test: 'brief-open', onclick: () => onBrief() },
            translate(lang, 'brief'),
          )
        : null,
    ),
    h(
      'ol',
      {},
      ...steps.map(({ edge, sentence }) =>
        h(
          'li',
          { test: 'chain-step', 'data-id': edge.id, 'data-type': edge.type },
          h('button', { class: 'link', onclick: () => onStep(edge.id) }, sentence),
          edge.inferred ? h('span', { class: 'badge' }, translate(lang, 'evidenceInferred')) : null,
          ((time) =>
            time.text ? h('span', { class: time.former ? 'badge former' : 'badge' }, time.text) : null)(
            tenure(
              {
                validFrom: edge.validFrom ?? null,
                validTo: edge.validTo ?? null,
                current: edge.current ?? null,
              },
              lang,
            ),
          ),
          edge.quote ? h('q', { test: 'chain-quote' }, edge.quote) : null,
        ),
      ),
    ),
  );
}
