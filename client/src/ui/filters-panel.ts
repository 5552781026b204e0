import type { Evidence, Filters } from '../graph/filters.ts';
import type { Lang } from '../graph/graph-types.ts';
import { translate } from '../i18n/strings.ts';
import { labelName, relCaption } from '../i18n/vocabulary.ts';
import { h } from './dom.ts';

export interface FilterChoices {
  labels: string[];
  types: string[];
  years: { from: number; to: number } | null;
}

function toggled(set: ReadonlySet<string>, value: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.delete(value);
  else next.add(value);
  return next;
}

/** Filters by label, relationship type, stated vs inferred, and year; emits a new Filters on every change. */
export function filtersPanel(
  lang: Lang,
  choices: FilterChoices,
  filters: Filters,
  onChange: (f: Filters) => void,
): HTMLElement {
  const check = (test: string, text: string, on: boolean, change: (on: boolean) => void) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        checked: on,
        test,
        onchange: (e: Event) => change((e.target as HTMLInputElement).checked),
      }),
      text,
    );
  const evidence = (value: Evidence, key: 'evidenceAll' | 'evidenceStated' | 'evidenceInferred') =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'radio',
        name: 'evidence',
        checked: filters.evidence === value,
        test: `filter-evidence-${value}`,
        onchange: () => onChange({ ...filters, evidence: value }),
      }),
      translate(lang, key),
    );
  const yearInput = (which: 'from' | 'to') =>
    h('input', {
      type: 'number',
      test: `filter-year-${which}`,
      value: (filters.years ?? choices.years)?.[which] ?? '',
      onchange: (e: Event) => {
        const value = Number((e.target as HTMLInputElement).value);
        const current = filters.years ?? choices.years ?? { from: value, to: value };
        onChange({ ...filters, years: { ...current, [which]: value } });
      },
    });
  return h(
    'section',
    { class: 'filters', test: 'filters' },
    h('h3', {}, translate(lang, 'filters')),
    h('h4', {}, translate(lang, 'labels')),
    ...choices.labels.map((label) =>
      check(`filter-label-${label}`, labelName(label, lang), !filters.hiddenLabels.has(label), (on) =>
        onChange({ ...filters, hiddenLabels: toggled(filters.hiddenLabels, label, on) }),
      ),
    ),
    h('h4', {}, translate(lang, 'relTypes')),
    ...choices.types.map((type) =>
      check(`filter-type-${type}`, relCaption(type, lang), !filters.hiddenTypes.has(type), (on) =>
        onChange({ ...filters, hiddenTypes: toggled(filters.hiddenTypes, type, on) }),
      ),
    ),
    h(
      'div',
      { class: 'radios' },
      evidence('all', 'evidenceAll'),
      evidence('stated', 'evidenceStated'),
      evidence('inferred', 'evidenceInferred'),
    ),
    choices.years
      ? h('div', { class: 'years' }, translate(lang, 'years'), ' ', yearInput('from'), '–', yearInput('to'))
      : null,
  );
}
