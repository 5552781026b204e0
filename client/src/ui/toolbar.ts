import type { CentralityMetric } from '../graph/centrality.ts';
import type { Lang } from '../graph/graph-types.ts';
import { LAYOUTS, type LayoutName } from '../graph/url-state.ts';
import { translate, type StringKey } from '../i18n/strings.ts';
import { REL_NAMES, relCaption } from '../i18n/vocabulary.ts';
import { h } from './dom.ts';

/** What the toolbar can ask for; the workspace decides what each means for the current selection. */
export interface ToolbarActions {
  expand(): void;
  hide(): void;
  pin(): void;
  undo(): void;
  redo(): void;
  lasso(): void;
  fit(): void;
  clear(): void;
  supply(): void;
  chain(): void;
  path(): void;
  layout(name: LayoutName): void;
  sizeBy(metric: CentralityMetric | null): void;
  expandTypes(type: string | null): void;
  cap(limit: number): void;
  exportAs(format: 'png' | 'json' | 'graphml'): void;
  lang(lang: Lang): void;
  signOut(): void;
}

export interface ToolbarState {
  lang: Lang;
  layout: LayoutName;
  sizeBy: CentralityMetric | null;
  expandType: string | null;
  cap: number;
  /** The server's neighbourhood limit: the cap cannot go above it. */
  maxCap: number;
  lasso: boolean;
}

const LAYOUT_NAMES: Record<LayoutName, string> = {
  fcose: 'fCoSE',
  dagre: 'Dagre',
  concentric: 'Concentric',
  geo: 'Geo',
};

/** The toolbar, rebuilt when the language changes. */
export function toolbar(state: ToolbarState, act: ToolbarActions): HTMLElement {
  const t = (key: StringKey) => translate(state.lang, key);
  const button = (test: string, key: StringKey, onclick: () => void, title?: string) =>
    h('button', { test, onclick, title }, t(key));
  const select = (test: string, values: [string, string][], current: string, change: (v: string) => void) =>
    h(
      'select',
      { test, onchange: (e: Event) => change((e.target as HTMLSelectElement).value) },
      ...values.map(([value, text]) => h('option', { value, selected: value === current }, text)),
    );
  return h(
    'nav',
    { class: 'toolbar', test: 'toolbar' },
    h(
      'div',
      { class: 'group' },
      button('expand', 'expand', act.expand, 'Enter'),
      h(
        'label',
        {},
        t('expandTypes'),
        ' ',
        select(
          'expand-type',
          [
            ['', t('allTypes')],
            ...Object.keys(REL_NAMES).map((r): [string, string] => [r, relCaption(r, state.lang)]),
          ],
          state.expandType ?? '',
          (v) => act.expandTypes(v || null),
        ),
      ),
      h(
        'label',
        {},
        t('cap'),
        ' ',
        h('input', {
          type: 'number',
          min: 1,
          max: state.maxCap,
          value: state.cap,
          class: 'cap',
          test: 'cap',
          onchange: (e: Event) => act.cap(Number((e.target as HTMLInputElement).value)),
        }),
      ),
      button('hide', 'hide', act.hide, 'H'),
      button('pin', 'pin', act.pin, 'P'),
      button('undo', 'undo', act.undo, 'Ctrl+Z'),
      button('redo', 'redo', act.redo, 'Ctrl+Shift+Z'),
      h(
        'button',
        {
          test: 'lasso',
          onclick: act.lasso,
          title: 'L',
          'aria-pressed': String(state.lasso),
          class: state.lasso ? 'on' : '',
        },
        t('lasso'),
      ),
      button('fit', 'fit', act.fit, 'F'),
      button('clear', 'clear', act.clear),
    ),
    h(
      'div',
      { class: 'group' },
      button('view-supply', 'supply', act.supply),
      button('view-chain', 'chain', act.chain),
      button('view-path', 'path', act.path),
    ),
    h(
      'div',
      { class: 'group' },
      h(
        'label',
        {},
        t('layout'),
        ' ',
        select(
          'layout',
          LAYOUTS.map((l): [string, string] => [l, LAYOUT_NAMES[l]]),
          state.layout,
          (v) => act.layout(v as LayoutName),
        ),
      ),
      h(
        'label',
        {},
        t('centrality'),
        ' ',
        select(
          'size-by',
          [
            ['', t('none')],
            ['pageRank', 'PageRank'],
            ['betweenness', 'Betweenness'],
          ],
          state.sizeBy ?? '',
          (v) => act.sizeBy((v || null) as CentralityMetric | null),
        ),
      ),
    ),
    h(
      'div',
      { class: 'group' },
      button('export-png', 'exportPng', () => act.exportAs('png')),
      button('export-json', 'exportJson', () => act.exportAs('json')),
      button('export-graphml', 'exportGraphml', () => act.exportAs('graphml')),
      h(
        'button',
        { test: 'lang-toggle', onclick: () => act.lang(state.lang === 'ru' ? 'en' : 'ru') },
        state.lang === 'ru' ? 'EN' : 'RU',
      ),
      button('sign-out', 'signOut', act.signOut),
    ),
  );
}
