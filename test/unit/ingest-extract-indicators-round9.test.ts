// Indicators told in constructions the ninth round found on releases written by new annotators: people in a
// programme or in treatment now («В программе реабилитации участвуют 96 человек», «на лечении находятся 37
// человек»), a second count of people opening its own clause with «ещё» or «а также» and told by the verb
// after it («ещё 58 человек направлены на принудительное лечение»), and a reference word («часть», «статья»)
// that only ends another word («участвуют») no longer hiding the number after it. Inline development texts:
// invented people, real bodies and places; each says it is a test fixture.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { extractInline, indicators } from '../helpers/extract-dev.ts';

const withQuote = (quote: string, figures: Record<string, unknown>) =>
  expect.objectContaining({ quote, ...figures });

describe('people in a programme or in treatment, and a second count of people told by its verb after', () => {
  it.each([
    ['В программе медико-социальной реабилитации участвуют 96 человек.', 'участвуют 96 человек', 96],
    [
      'Участвуют в программе реабилитации 45 подростков.',
      'Участвуют в программе реабилитации 45 подростков',
      45,
    ],
    ['На стационарном лечении находятся 37 человек.', 'находятся 37 человек', 37],
    ['Проходят лечение 40 пациентов.', 'лечение 40 пациентов', 40],
    [
      'Добровольное лечение прошли 312 пациентов, ещё 58 человек направлены на принудительное лечение.',
      '58 человек направлены на принудительное лечение',
      58,
    ],
    [
      'Выявлено 14 притонов, а также 12 подростков поставлены на профилактический учёт.',
      'также 12 подростков поставлены на профилактический учёт',
      12,
    ],
  ])('reads «%s»', async (text, quote, value) => {
    const draft = await extractInline(
      `Конаев, 9 декабря 2025 года. Управление здравоохранения Алматинской области сообщает. ${text}`,
    );
    expect(indicators(draft)).toContainEqual(withQuote(quote, { value }));
  });

  it('counts no volunteers taking part in a campaign', async () => {
    const draft = await extractInline(
      'Конаев, 9 декабря 2025 года. Управление здравоохранения Алматинской области сообщает. В акции участвуют 300 волонтёров.',
    );
    expect(indicators(draft)).toEqual([]);
  });

  it('reads a number after a word that only ends in a reference word, and none after the reference itself', () => {
    expect(findFigures('участвуют 96 человек')).toContainEqual(expect.objectContaining({ value: 96 }));
    expect(findFigures('по части 2 статьи 296 УК')).toEqual([]);
  });
});

describe('places the work reached, counted after «в»', () => {
  const run = (text: string) =>
    extractInline(`Рудный, 25 февраля 2026 года. Управление полиции города Рудного сообщает. ${text}`).then(
      indicators,
    );

  it('reads each kind of place listed, with the verb before them', async () => {
    const found = await run('Инспекторы по делам несовершеннолетних побывали в 27 школах и 3 колледжах.');
    expect(found).toContainEqual(
      withQuote('27 школах', { name: expect.stringMatching(/^Школы/), value: 27 }),
    );
    expect(found).toContainEqual(
      withQuote('3 колледжах', { name: expect.stringMatching(/^Колледжи/), value: 3 }),
    );
  });

  it('reads places told before their verb, in a clause of their own', async () => {
    const found = await run(
      'Охвачено более 58 тыс. школьников, в 42 школах введены должности социальных педагогов.',
    );
    expect(found).toContainEqual(
      withQuote('42 школах', { metricRu: 'школы (введены должности социальных педагогов)', value: 42 }),
    );
  });

  it('reads places after a passive verb and «не менее»', async () => {
    const found = await run('Рейды проведены не менее чем в 36 аптеках.');
    expect(found).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Аптеки/), value: 36 }),
    );
  });

  it('keeps places that tell where a count of their clause was done, and towns or regions, out', async () => {
    const found = await run(
      'Инспекторы провели 146 мероприятий в 52 школах и 9 колледжах. Операция прошла в 5 регионах.',
    );
    expect(found.map((i) => i.value)).toEqual([146]);
  });
});

describe('parts of a total told by a long prepositional phrase or as cases of something', () => {
  it('reads «из них 31 — по фактам сбыта и перевозки в крупном размере» as a part', async () => {
    const found = indicators(
      await extractInline(
        'Алматы, 2 сентября 2025 года. Департамент полиции на транспорте сообщает. Возбуждено 74 уголовных дела, из них 31 — по фактам сбыта и перевозки в крупном размере.',
      ),
    );
    expect(found).toContainEqual(withQuote('Возбуждено 74 уголовных дела', { value: 74 }));
    expect(found).toContainEqual(
      expect.objectContaining({
        metricRu: 'уголовные дела по фактам сбыта и перевозки в крупном размере',
        value: 31,
      }),
    );
  });

  it('reads «и 8 случаев …» listed after another part', async () => {
    const found = indicators(
      await extractInline(
        'Астана, 2 декабря 2026 года. Прокуратура города Астаны сообщает. Выявлено 47 нарушений законности, в том числе 12 фактов волокиты и 8 случаев несвоевременной регистрации заявлений.',
      ),
    );
    expect(found).toContainEqual(
      withQuote('и 8 случаев несвоевременной регистрации заявлений', {
        metricRu: 'нарушения законности: случаи несвоевременной регистрации заявлений',
        value: 8,
      }),
    );
  });
});

describe('shares told by a fraction word in another case or after a connective', () => {
  it.each([
    [
      'В программе участвуют 96 человек; ремиссия свыше года зафиксирована у каждого третьего.',
      'ремиссия свыше года зафиксирована у каждого третьего',
      33.3,
    ],
    ['Задержано 30 человек, при этом каждому пятому нет и 20 лет.', 'каждому пятому нет и 20 лет', 20],
    ['Изъято 20 кг наркотиков, а две трети изъятого — синтетика.', 'две трети изъятого — синтетика', 66.7],
    [
      'Очаги выявлены на площади 146 гектаров, уничтожено лишь около двух третей.',
      'уничтожено лишь около двух третей',
      66.7,
    ],
    [
      'Зарегистрировано 142 наркопреступления. При этом почти треть из них составляют факты сбыта через интернет.',
      'почти треть из них составляют факты сбыта через интернет',
      33.3,
    ],
  ])('reads «%s»', async (text, quote, value) => {
    const found = indicators(
      await extractInline(`Алматы, 3 ноября 2025 года. Департамент полиции города Алматы сообщает. ${text}`),
    );
    expect(found).toContainEqual(withQuote(quote, { value, unit: '%' }));
  });
});

describe('a share told by a pronoun for the thing named before', () => {
  it.each([
    [
      'Количество фактов сбыта снизилось — до 1 472, а их доля в общем массиве выросла до 47,2 %.',
      'их доля в общем массиве выросла до 47,2 %',
      47.2,
    ],
    ['Выявлено 80 фактов сбыта, их доля составила 47 %.', 'их доля составила 47 %', 47],
  ])('reads «%s»', async (text, quote, value) => {
    const found = indicators(
      await extractInline(`Астана, 15 июля 2025 года. Генеральная прокуратура сообщает. ${text}`),
    );
    expect(found).toContainEqual(withQuote(quote, { metricRu: 'доля фактов сбыта', value, unit: '%' }));
  });
});

describe('a percentage opening what its clause says of a part, or of a group before a dash', () => {
  it.each([
    [
      '«Сегодня до 80 процентов синтетики продается через мессенджеры и теневые площадки», — сказал он.',
      'до 80 процентов синтетики продается через мессенджеры и теневые площадки',
      'доля синтетики (продается через мессенджеры и теневые площадки)',
      80,
    ],
    [
      'Порядка 60 % потребителей употребляют синтетику.',
      'Порядка 60 % потребителей употребляют синтетику',
      'доля потребителей (употребляют синтетику)',
      60,
    ],
    [
      'Среди осужденных за сбыт 34 % — молодые люди в возрасте до 25 лет.',
      'Среди осужденных за сбыт 34 % — молодые люди в возрасте до 25 лет',
      'доля (молодые люди в возрасте до 25 лет) среди осужденных за сбыт',
      34,
    ],
    [
      'Из числа задержанных 40 % — несовершеннолетние.',
      'Из числа задержанных 40 % — несовершеннолетние',
      'доля (несовершеннолетние) из числа задержанных',
      40,
    ],
  ])('reads «%s»', async (text, quote, metricRu, value) => {
    const found = indicators(
      await extractInline(
        `Астана, 15 июля 2025 года. Комитет по противодействию наркопреступности сообщает. ${text}`,
      ),
    );
    expect(found).toContainEqual(withQuote(quote, { metricRu, value, unit: '%' }));
  });

  it('leaves a share that its own words name, and a part after «из них», to their readers', async () => {
    const found = indicators(
      await extractInline(
        'Астана, 15 июля 2025 года. Комитет сообщает. Доля синтетики выросла до 41 %. Выявлено 200 преступлений, из них 65 % — с использованием интернета.',
      ),
    );
    expect(found.filter((i) => i.unit === '%').map((i) => i.metricRu)).not.toContainEqual(
      expect.stringMatching(/\(/u),
    );
  });
});

describe('places listed with their numbers after a metric named by its head word', () => {
  it('reads each place of «Наибольшее число … зарегистрировано в Алматы — 412, … и в Астане — 264»', async () => {
    const found = indicators(
      await extractInline(
        'Астана, 15 июля 2025 года. Генеральная прокуратура сообщает. Наибольшее число наркопреступлений зарегистрировано в Алматы — 412, в Карагандинской области — 287 и в Астане — 264.',
      ),
    );
    expect(found).toContainEqual(
      // The place is in the name (and MEASURES it, facts/place-breakdown.ts), not in the metric: the same metric
      // for every place, as ingest-extract-tallies-pieces.test.ts › "a metric broken down by place" reads it.
      withQuote('в Алматы — 412', {
        metricRu: 'число наркопреступлений',
        name: 'Число наркопреступлений в Алматы',
        value: 412,
      }),
    );
    expect(found).toContainEqual(withQuote('в Карагандинской области — 287', { value: 287 }));
    expect(found).toContainEqual(withQuote('в Астане — 264', { value: 264 }));
    expect(found).toHaveLength(3);
  });
});

describe('a change told for a period of its own', () => {
  it('is another indicator than a level told before for another period', async () => {
    const found = indicators(
      await extractInline(
        [
          'Атырау, 16 ноября 2026 года. Департамент полиции Атырауской области сообщает.',
          'Всего за неделю выявлено 11 наркопреступлений, из них 4 факта сбыта.',
          'С начала года число зарегистрированных наркопреступлений в области выросло на 9,2 %.',
        ].join('\n'),
        '2026-11-16',
      ),
    );
    expect(found).toContainEqual(withQuote('выявлено 11 наркопреступлений', { value: 11 }));
    expect(found.find((i) => i.value === 11)).not.toHaveProperty('change');
    expect(found).toContainEqual(
      expect.objectContaining({ change: 9.2, direction: 'up', period: 'с начала года' }),
    );
  });
});

describe('a change of things told by «стало больше/меньше»', () => {
  it.each([
    [
      'Преступлений выявлено больше, при этом фактов сбыта стало в 1,5 раза больше.',
      'факты сбыта',
      1.5,
      'up',
    ],
    ['Притонов стало вдвое меньше.', 'притоны', 2, 'down'],
    ['Закладчиков стало больше на 20 %.', 'закладчики', 20, 'up'],
  ])('reads «%s»', async (text, metricRu, change, direction) => {
    const found = indicators(
      await extractInline(
        `Атырау, 16 ноября 2026 года. Департамент полиции Атырауской области сообщает. ${text}`,
      ),
    );
    expect(found).toContainEqual(expect.objectContaining({ metricRu, change, direction }));
  });
});

describe('a move noted before a task in one sentence', () => {
  it('reads the move and leaves the task', async () => {
    const found = indicators(
      await extractInline(
        'Кокшетау, 12 ноября 2026 года. Департамент полиции Акмолинской области сообщает. Начальник департамента Виталий Мельников обратил внимание на рост числа потребителей синтетических наркотиков среди молодёжи и поручил руководителям усилить профилактику.',
      ),
    );
    expect(found).toEqual([
      expect.objectContaining({
        metricRu: 'число потребителей синтетических наркотиков',
        direction: 'up',
        quote: expect.stringMatching(/среди молодёжи$/u),
      }),
    ]);
  });
});

describe('a change told for a place of its own', () => {
  it('is that place’s indicator, not the change of the total told before', async () => {
    const found = indicators(
      await extractInline(
        [
          'Астана, 20 июля 2025 года. Министерство внутренних дел сообщает.',
          'За шесть месяцев в стране зарегистрировано 3 118 наркопреступлений.',
          'В Карагандинской области пресечено 6 каналов поставки, а число наркопреступлений снизилось на 9,1 %.',
        ].join('\n'),
        '2025-07-20',
      ),
    );
    expect(found.find((i) => i.value === 3118)).not.toHaveProperty('change');
    expect(found).toContainEqual(expect.objectContaining({ change: -9.1, direction: 'down' }));
  });
});

describe('a metric told as the cause of a move', () => {
  it('is no indicator of its own', async () => {
    const found = indicators(
      await extractInline(
        'Караганда, 10 ноября 2026 года. Департамент КНБ сообщает. Зарегистрировано 186 уголовных правонарушений, что на 12,4 % больше; рост объясняется активным выявлением латентных преступлений.',
      ),
    );
    expect(found.map((i) => i.value)).toEqual([186]);
  });
});
