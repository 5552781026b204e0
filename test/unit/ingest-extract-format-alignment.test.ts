// Two rules of the gold format the extractor now follows. A region named only inside a body's or post's name
// («ДП Карагандинской области») is no entity, and nothing is read from it alone; one the text also names on
// its own stays. A period's seized total compared with last year keeps its comparison on the Seizure, not only
// on the indicator of the period. The real extractor runs on short inline releases (invented people).
import { describe, expect, it } from 'vitest';
import { entitiesOf, extractInline, facts } from '../helpers/extract-dev.ts';

const names = (draft: Awaited<ReturnType<typeof extractInline>>, label: string) =>
  entitiesOf(draft, label).map((e) => String(e.name));

describe('places named only inside names', () => {
  it('drops a region named only inside the department’s name, with what was read from it', async () => {
    const draft = await extractInline(
      'Караганда, 14 июля 2026 года. Начальник ДП Карагандинской области генерал-майор полиции Серик Тлеубердин ' +
        'подвёл итоги полугодия. Зарегистрировано 412 наркопреступлений, что на 6,2 % больше, чем годом ранее.',
    );
    expect(names(draft, 'Region')).not.toContain('Карагандинская область');
    expect(names(draft, 'Agency')).toContain('Департамент полиции Карагандинской области');
    const ends = new Set(draft.entities.map((e) => e.ref));
    for (const r of draft.relationships) expect(ends.has(r.from) && ends.has(r.to)).toBe(true);
  });

  it('keeps a region the text names on its own, with its mentions inside names', async () => {
    const draft = await extractInline(
      'Караганда, 14 июля 2026 года. На территории Карагандинской области с начала года пресечено 9 каналов ' +
        'поставки наркотиков. Об этом сообщил начальник ДП Карагандинской области Серик Тлеубердин.',
    );
    const region = draft.entities.find((e) => e.name === 'Карагандинская область');
    expect(region?.label).toBe('Region');
    expect(region?.mentions.length).toBeGreaterThanOrEqual(2);
  });
});

describe('a seized total compared with last year', () => {
  it('puts the comparison on the Seizure as well', async () => {
    const draft = await extractInline(
      'Кызылорда, 10 июля 2026 года. За полугодие изъято 2,1 тонны наркотических средств, в том числе 5,4 кг ' +
        'синтетических, и общий объём изъятого вырос на 12,5 % к прошлому году.',
    );
    const total = entitiesOf(draft, 'Seizure').find((e) => e.amountKg === 2100);
    expect(total).toMatchObject({ change: 12.5, changeUnit: '%', direction: 'up' });
    expect(facts(draft, 'INCLUDED_IN').length).toBeGreaterThan(0);
  });
});
