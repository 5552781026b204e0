// Round 12, prose comparisons: last year's level and the change told in words join the level they compare.
// Inline texts: invented wording, real bodies and places.
import { describe, expect, it } from 'vitest';
import { extractInline, indicators } from '../helpers/extract-dev.ts';

const found = async (body: string) => indicators(await extractInline(body));

describe('last year’s level told beside a level', () => {
  it('gives a level no rule reads the direction of «N против M годом ранее»', async () => {
    const all = await found('Задержанных курьеров стало больше — 17 против 12 годом ранее.');
    expect(all).toContainEqual(expect.objectContaining({ value: 17, previousValue: 12, direction: 'up' }));
  });

  it('reads a week or a school year before as the period before', async () => {
    expect(
      await found('За неделю зарегистрировано 44 наркопреступления (неделей ранее — 31).'),
    ).toContainEqual(expect.objectContaining({ value: 44, previousValue: 31, direction: 'up' }));
    const tested = await found(
      'Охват студентов колледжей тестированием составил 91,3% (в прошлом учебном году — 86,0%).',
    );
    expect(tested).toContainEqual(
      expect.objectContaining({ value: 91.3, unit: '%', previousValue: 86, direction: 'up' }),
    );
    expect(tested.filter((i) => i.value === 86)).toEqual([]);
  });

  it('pairs a bracketed baseline with the earlier count of its noun, not the area between', async () => {
    const all = await found(
      'В районе уничтожено 35 очагов конопли общей площадью 14,2 гектара (годом ранее за тот же период — 41 очаг).',
    );
    expect(all).toContainEqual(expect.objectContaining({ value: 35, previousValue: 41, direction: 'down' }));
    expect(all).toContainEqual(expect.objectContaining({ value: 14.2, unit: 'ha' }));
    expect(all.find((i) => i.value === 14.2)).not.toHaveProperty('previousValue');
    expect(all.filter((i) => i.value === 41)).toEqual([]);
  });
});

describe('a change told after a level', () => {
  it('joins a factor told after last year’s level to the level, with no indicator of its own', async () => {
    const all = await found('Случаев сбыта выявлено 81 против 54 годом ранее, то есть в 1,5 раза больше.');
    expect(all).toContainEqual(
      expect.objectContaining({ value: 81, previousValue: 54, change: 1.5, changeUnit: 'times' }),
    );
    expect(all).toHaveLength(1);
  });

  it('does not propose again a change a seizure already holds', async () => {
    const all = await found(
      'Изъято 2,1 тонны наркотиков, в том числе 14 кг синтетических — в 1,8 раза больше, чем годом ранее.',
    );
    expect(all.filter((i) => i.change === 1.8)).toEqual([]);
  });

  it('joins a change that names the metric by its head noun to the indicator just told', async () => {
    const all = await found(
      'Выявлено 210 очагов дикорастущей конопли. По сравнению с прошлым годом количество очагов выросло на 6,2 %.',
    );
    expect(all).toContainEqual(expect.objectContaining({ value: 210, change: 6.2, direction: 'up' }));
    expect(all.filter((i) => i.change === 6.2)).toHaveLength(1);
  });
});

describe('a sentence of last year’s level and the change since', () => {
  const text = (factor: string) =>
    'С начала года выявлено 48 очагов конопли. Их уничтожили силами лесной охраны. ' +
    `В прошлом году на тех же участках было выявлено 16 очагов, то есть показатель вырос ${factor}.`;

  it('is the previous level and change of the indicator its change leads to', async () => {
    const all = await found(text('в 3 раза'));
    expect(all).toContainEqual(
      expect.objectContaining({
        value: 48,
        previousValue: 16,
        change: 3,
        changeUnit: 'times',
        direction: 'up',
      }),
    );
    expect(all.filter((i) => i.value === 16)).toEqual([]);
  });

  it('stays apart when the change does not lead from it to any level told before', async () => {
    const all = await found(text('в 2 раза'));
    expect(all.find((i) => i.value === 48)).not.toHaveProperty('change');
  });
});

describe('a signed change in brackets after a part', () => {
  it('is the part’s change, not the total’s', async () => {
    const all = await found(
      'Зарегистрировано 2 310 наркопреступлений, в том числе 870 фактов сбыта (+9,6%).',
    );
    expect(all).toContainEqual(expect.objectContaining({ value: 870, change: 9.6, direction: 'up' }));
    expect(all.find((i) => i.value === 2310)).not.toHaveProperty('change');
  });
});

describe('figures told around a fraction or a factor', () => {
  it('reads the number told beside a fraction word, not the fraction', async () => {
    const all = await found(
      'С начала года выявлено 96 наркопреступлений. Больше трети из них – 37 – совершены через интернет.',
    );
    expect(all).toContainEqual(expect.objectContaining({ value: 37 }));
    expect(all.filter((i) => i.unit === '%')).toEqual([]);
  });

  it('names a factor’s metric by the genitive noun that opens its clause', async () => {
    const all = await found(
      'Число краж снизилось на 4,2%, однако фактов мошенничества зарегистрировано втрое больше, чем годом ранее.',
    );
    expect(all).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Факты мошенничества/u),
        change: 3,
        changeUnit: 'times',
        direction: 'up',
      }),
    );
    expect(all).toContainEqual(expect.objectContaining({ change: -4.2, direction: 'down' }));
  });
});

describe('a part counted before «из задержанных» and named after a dash (unclaimed-parts.ts)', () => {
  it('reads «N из задержанных — …» too', async () => {
    const all = await found(
      'С начала августа задержаны 52 сборщика конопли. 27 из задержанных — жители соседних областей.',
    );
    expect(all).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/жители соседних областей/u), value: 27 }),
    );
  });
});

describe('an average age', () => {
  it('is an indicator in years, with the direction its verb says', async () => {
    expect(await found('Средний возраст впервые выявленных потребителей — 19 лет.')).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Средний возраст впервые выявленных потребителей/u),
        value: 19,
        unit: 'years',
      }),
    );
    expect(await found('По данным наркологов, средний возраст пациентов снизился до 26 лет.')).toContainEqual(
      expect.objectContaining({ value: 26, unit: 'years', direction: 'down' }),
    );
  });

  it('leaves the age of one person alone', async () => {
    expect(await found('Задержан 27-летний житель Актобе, ему 27 лет.')).toEqual([]);
  });
});

describe('a change a seizure holds, told with a qualifier or in brackets', () => {
  it('is not proposed again as an indicator', async () => {
    for (const body of [
      'Изъято 1,9 тонны наркотиков, в том числе 22 килограмма синтетики — почти в 3 раза больше, чем годом ранее.',
      'Изъяты:\n— синтетические наркотики — 4,4 кг (в 1,7 раза больше, чем за 9 месяцев 2024 года);',
    ])
      expect((await found(body)).filter((i) => i.value === undefined)).toEqual([]);
  });
});

describe('a move named only to explain it', () => {
  it('is no indicator', async () => {
    for (const body of [
      'Рост числа выявленных фактов сбыта — это прежде всего результат активной работы оперативников.',
      'Начальник отметил, что рост зарегистрированных наркопреступлений связан с выявлением латентных фактов.',
    ])
      expect(await found(body)).toEqual([]);
  });

  it('is still one when the text tells it as a result', async () => {
    expect(await found('В первом полугодии отмечен рост числа краж.')).toContainEqual(
      expect.objectContaining({ direction: 'up' }),
    );
  });
});

describe('a period’s total of fines', () => {
  it('is an indicator in tenge, while one fine stays no figure', async () => {
    expect(
      await found(
        'За неуничтожение конопли привлечены 15 землепользователей, сумма штрафов составила 2,8 млн тенге.',
      ),
    ).toContainEqual(expect.objectContaining({ value: 2800000, unit: 'KZT' }));
    expect(await found('Водитель оштрафован, штраф составил 50 тыс. тенге.')).toEqual([]);
  });
});
