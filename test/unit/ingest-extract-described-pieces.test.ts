// Pieces counted with words describing them before their noun («1 870 расфасованных доз альфа-PVP общим весом
// 915 граммов», «46 бумажных свертков», «300 упакованных в фольгу доз») are a seizure's count and mass; «разовых
// доз» a seizure would have made are not seized pieces; the first day of «3–9 ноября» is a date, not a count;
// list items of instructions may open with their deadline, partners or how often («– в срок до 1 декабря провести …»).
// Runs the real extractor on test/fixtures/extract-dev/seizures-07-described-pieces-almaty.txt (invented people,
// real bodies and places; it says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { extractDev, facts, entitiesOf } from '../helpers/extract-dev.ts';

describe('described pieces', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('seizures-07-described-pieces-almaty');
  });

  it('reads a count of described pieces with the mass given after them as one seizure', () => {
    expect(entitiesOf(draft, 'Seizure')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          quote: '1 870 расфасованных доз альфа-PVP общим весом 915 граммов',
          count: 1870,
          item: 'доз',
          amountKg: 0.915,
          substance: 'альфа-PVP',
        }),
        expect.objectContaining({
          quote: '46 бумажных свертков с мефедроном общим весом 58 граммов',
          count: 46,
          item: 'свертков',
          amountKg: 0.058,
        }),
        expect.objectContaining({ quote: '120 полимерных «зип-пакетов» с гашишем', count: 120 }),
        expect.objectContaining({ quote: '300 упакованных в фольгу доз героина', count: 300, item: 'доз' }),
      ]),
    );
    expect(entitiesOf(draft, 'Seizure').filter((s) => s.amountKg === 0.915)).toHaveLength(1);
  });

  it('takes no seizure from doses a seizure would have made', () => {
    expect(entitiesOf(draft, 'Seizure').some((s) => String(s.quote).includes('разовых'))).toBe(false);
    expect(entitiesOf(draft, 'Seizure').some((s) => s.count === 17_000)).toBe(false);
    expect(entitiesOf(draft, 'Seizure')).toEqual(
      expect.arrayContaining([expect.objectContaining({ amountKg: 1.7 })]),
    );
  });

  it('reads the first day of a range of days as a date, not a count', () => {
    const read = (text: string) => findFigures(text).map((f) => f.value);
    expect(read('сводка за неделю (3–9 ноября)')).toEqual([]);
    expect(read('с 3 по 9 ноября выявлено 14 наркопреступлений')).toEqual([14]);
    expect(read('рейды 3, 4 и 5 октября')).toEqual([]);
  });

  it('reads list items that open with a deadline, partners or how often as instructions of the set', () => {
    const items = facts(draft, 'INCLUDES')
      .filter((f) => /начальникам районных/u.test(String(f.from)))
      .map((f) => f.to);
    expect(items).toEqual([
      expect.stringMatching(/сверк/u),
      expect.stringMatching(/контрол/u),
      expect.stringMatching(/мониторинг/iu),
    ]);
    const deadline = draft.entities.find((e) => e.label === 'Directive' && /сверк/u.test(e.name));
    expect(deadline?.properties).toMatchObject({ deadline: '2025-12-01' });
  });

  it('splits off an instruction addressed to a body named by its abbreviation («а ДП области – усилить …»)', () => {
    expect(facts(draft, 'ASSIGNED_TO')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          from: expect.stringMatching(/^Усилить рейды/u),
          to: 'Департамент полиции Алматинской области',
        }),
      ]),
    );
  });
});
