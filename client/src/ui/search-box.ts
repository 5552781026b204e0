import type { GraphApi, SearchHit } from '../api/index.ts';
import type { Lang } from '../graph/graph-types.ts';
import { labelStyle } from '../graph/label-styles.ts';
import { nodeCaption } from '../graph/to-elements.ts';
import { translate } from '../i18n/strings.ts';
import { labelName } from '../i18n/vocabulary.ts';
import { fill, h } from './dom.ts';

/** Hits grouped by label, groups in order of their best hit (the API returns hits ranked). */
export function groupHits(hits: readonly SearchHit[]): [string, SearchHit[]][] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) (groups.get(hit.label) ?? groups.set(hit.label, []).get(hit.label)!).push(hit);
  return [...groups];
}

/** The search box: suggestions as you type, grouped by type, chosen by click or arrows + Enter. */
export function searchBox(
  api: GraphApi,
  lang: () => Lang,
  onPick: (hit: SearchHit) => void,
  onError: (error: unknown) => void,
): { element: HTMLElement; focus(): void; relabel(): void } {
  const input = h('input', {
    type: 'search',
    class: 'search-input',
    test: 'search-input',
    autocomplete: 'off',
  });
  const list = h('div', { class: 'suggestions', role: 'listbox', test: 'search-suggestions', hidden: true });
  let options: { hit: SearchHit; el: HTMLElement }[] = [];
  let active = -1;
  let timer: number | undefined;
  let sequence = 0;

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const pick = (hit: SearchHit) => {
    close();
    input.value = '';
    onPick(hit);
  };
  const highlight = (index: number) => {
    options.forEach((o, i) => o.el.classList.toggle('active', i === index));
    active = index;
  };
  const render = (hits: SearchHit[]) => {
    options = [];
    const groups = groupHits(hits).map(([label, group]) =>
      h(
        'div',
        { class: 'suggestion-group', test: `search-group-${label}` },
        h('div', { class: 'suggestion-heading' }, labelName(label, lang())),
        ...group.map((hit) => {
          const el = h(
            'div',
            {
              class: 'suggestion',
              role: 'option',
              test: 'search-suggestion',
              'data-id': hit.id,
              onmousedown: () => pick(hit),
            },
            h(
              'span',
              { class: 'glyph', style: `background:${labelStyle(hit.label).color}` },
              labelStyle(hit.label).glyph,
            ),
            nodeCaption(hit, lang()),
            hit.nameEn && lang() === 'ru' ? h('small', {}, ` ${hit.nameEn}`) : null,
          );
          options.push({ hit, el });
          return el;
        }),
      ),
    );
    fill(
      list,
      ...(groups.length
        ? groups
        : [h('div', { class: 'suggestion-empty', test: 'search-empty' }, translate(lang(), 'noMatches'))]),
    );
    list.hidden = false;
    highlight(options.length ? 0 : -1);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    // Debounced, and stale answers (an earlier, slower request) are dropped.
    timer = window.setTimeout(async () => {
      const mine = ++sequence;
      try {
        const hits = await api.search(text, 20);
        if (mine === sequence) render(hits);
      } catch (error) {
        if (mine === sequence) onError(error);
      }
    }, 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && options.length) highlight((active + 1) % options.length);
    else if (event.key === 'ArrowUp' && options.length)
      highlight((active - 1 + options.length) % options.length);
    else if (event.key === 'Enter' && active >= 0) pick(options[active]!.hit);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
  const element = h('div', { class: 'search' }, input, list);
  return {
    element,
    focus: () => input.focus(),
    relabel: () => (input.placeholder = translate(lang(), 'searchPlaceholder')),
  };
}
