// A part of a total told at the head of a sentence («Из них 121 факт связан с …») is quoted from its «Из»,
// which is capitalised there: the quote must start inside the text, at that word, whatever came before.
import { describe, expect, it } from 'vitest';
import { extractInline } from '../helpers/extract-dev.ts';

const TEXT = [
  'Итоги брифинга в Семее',
  'Как сообщил заместитель начальника департамента, за 9 месяцев 2025 года в регионе выявлено 186 фактов сбыта ' +
    'наркотиков бесконтактным способом, что на 14,2 % больше, чем годом ранее. Из них 121 факт связан с ' +
    'синтетическими наркотиками, которые заказываются через мессенджеры.',
].join('\n');

describe('a part of a total at the head of its sentence', () => {
  it('quotes every mention and relationship inside the text, the part from its «Из»', async () => {
    const draft = await extractInline(TEXT, '2025-10-20');
    const text = draft.source.text;
    const spans = [
      ...draft.entities.flatMap((e) => e.mentions),
      ...draft.relationships.map((r) => ({ start: r.start, end: r.end })),
    ];
    for (const s of spans) {
      expect(s.start, JSON.stringify(s)).toBeGreaterThanOrEqual(0);
      expect(s.end, JSON.stringify(s)).toBeLessThanOrEqual(text.length);
    }
    const part = draft.entities.find((e) => e.label === 'Indicator' && e.properties.value === 121);
    expect(part).toBeDefined();
    expect(text.slice(part!.mentions[0]!.start, part!.mentions[0]!.end)).toMatch(/^Из них 121 факт/);
  }, 60_000);
});
