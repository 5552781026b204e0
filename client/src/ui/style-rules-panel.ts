import type { Lang } from '../graph/graph-types.ts';
import { ruleColor, type StyleRule } from '../graph/style-rules.ts';
import { translate, translateOr } from '../i18n/strings.ts';
import { h } from './dom.ts';

/**
 * The styling rule: a numeric property (`properties`, those present on the canvas) mapped to node size or
 * colour, with a small scale from the smallest to the largest value shown.
 */
export function styleRulesPanel(
  lang: Lang,
  properties: readonly string[],
  rule: StyleRule | null,
  range: { min: number; max: number } | null,
  onChange: (rule: StyleRule | null) => void,
): HTMLElement {
  const name = (p: string) => translateOr(lang, `prop.${p}`, p);
  const property = h(
    'select',
    {
      test: 'rule-property',
      onchange: (e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        onChange(value ? { property: value, mode: rule?.mode ?? 'color' } : null);
      },
    },
    h('option', { value: '', selected: !rule }, translate(lang, 'none')),
    ...properties.map((p) => h('option', { value: p, selected: rule?.property === p }, name(p))),
  );
  const mode = (value: StyleRule['mode'], key: 'ruleSize' | 'ruleColor') =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'radio',
        name: 'rule-mode',
        test: `rule-mode-${value}`,
        checked: (rule?.mode ?? 'color') === value,
        disabled: !rule,
        onchange: () => rule && onChange({ ...rule, mode: value }),
      }),
      translate(lang, key),
    );
  const scale =
    rule && range
      ? h(
          'div',
          { class: 'rule-scale', test: 'rule-scale' },
          h('span', {}, String(range.min)),
          rule.mode === 'color'
            ? h('span', {
                class: 'ramp',
                style: `background:linear-gradient(90deg,${[0, 0.33, 0.66, 1].map(ruleColor).join(',')})`,
              })
            : h('span', { class: 'ramp sizes' }, '● ⬤'),
          h('span', {}, String(range.max)),
        )
      : null;
  return h(
    'section',
    { class: 'style-rules', test: 'style-rules' },
    h('h3', {}, translate(lang, 'styleRule')),
    property,
    h('div', { class: 'radios' }, mode('color', 'ruleColor'), mode('size', 'ruleSize')),
    scale,
  );
}
