// The last rule on numbers (facts/unclaimed-levels.ts): a figure the release states that no rule read is
// proposed for review, named after its label, unless it is a kind annotators leave out. Inline texts: invented
// wording, real bodies and places.
import { describe, expect, it } from 'vitest';
import { entitiesOf, extractInline, indicators } from '../helpers/extract-dev.ts';

const named = async (body: string) => indicators(await extractInline(body)).map((i) => [i.name, i.value]);

describe('figures no rule read, proposed for review', () => {
  it('names a place list after its heading, one indicator per place, with the change in brackets', async () => {
    const found = indicators(
      await extractInline(
        'Зарегистрировано наркопреступлений по регионам:\n• в Павлодарской области – 518 (-4,2%)\n' +
          '• в Костанайской области – 301 (+6,5%).',
      ),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(
          /^Зарегистрировано наркопреступлений по регионам: в Павлодарской области/u,
        ),
        value: 518,
        change: -4.2,
        direction: 'down',
      }),
    );
    expect(found).toContainEqual(expect.objectContaining({ value: 301, change: 6.5, direction: 'up' }));
  });

  it('reads a labelled share or count after a dash or colon', async () => {
    expect(
      await named(
        'Итоги операции «Мак»:\n— Бурабайский район — 14 очагов;\n— Зерендинский район — 9 очагов.',
      ),
    ).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/^Бурабайский район очагов/u), 14],
        [expect.stringMatching(/^Зерендинский район очагов/u), 9],
      ]),
    );
  });

  it('proposes a mass of a drug found, but not one kept as evidence or carried by a channel', async () => {
    const seized = entitiesOf(
      await extractInline('Итоги рейда:\n• город Шымкент – 6 (212 кг мефедрона), все изъяты.'),
      'Seizure',
    );
    expect(seized).toContainEqual(expect.objectContaining({ amountKg: 212 }));
    const kept = entitiesOf(
      await extractInline(
        'В камерах хранения вещественных доказательств находились 46 кг наркотических средств.',
      ),
      'Seizure',
    );
    expect(kept).toEqual([]);
  });

  it('leaves phone numbers, addresses, questions, plans and counts after a preposition out', async () => {
    for (const body of [
      'Телефон доверия 102 работает круглосуточно.',
      'Адрес: 5 микрорайон, дом 12.',
      '«Правда ли, что в области выявлено 300 притонов?» — спросили участники.',
      'До конца года планируется довести охват до 95 % учащихся.',
      'Операция прошла в 5 регионах.',
    ])
      expect(await named(body), body).toEqual([]);
  });
});
