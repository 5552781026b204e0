// Constructions of the genre beyond the first fixtures' wording: biographies, representations, quotes
// attributed after the words, dash lists, partners, factors in words. Each runs the real extractor on a
// development text (test/fixtures/extract-dev/1x-*.txt: invented people, real bodies and places).
import { beforeAll, describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../server/ingest/draft.ts';
import { findTimeRefs } from '../../server/ingest/extract/recognise/dates.ts';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { parsePartialDate } from '../../server/ingest/extract/recognise/partial-date.ts';
import { createRulesRuExtractor } from '../../server/ingest/extract/rules-ru-extractor.ts';
import { loadSeedGazetteer } from '../../server/ingest/gazetteer/seed-gazetteer.ts';
import { extractDev, facts } from '../helpers/extract-dev.ts';

let gazetteer: GazetteerEntry[];
const extractor = createRulesRuExtractor();
beforeAll(async () => {
  gazetteer = await loadSeedGazetteer();
}, 60_000);

describe('appointments with a biography', () => {
  it('reads each dated line of a biography as a former post of the person the release is about', async () => {
    const holds = facts(await extractDev('10-appointment-biography-turkistan'), 'HOLDS');
    const who = 'Нурбол Жаксылыков';
    expect(holds).toContainEqual(
      expect.objectContaining({
        from: who,
        to: 'Начальник Департамента полиции Туркестанской области',
        current: true,
        validFrom: '2025-06-12',
      }),
    );
    for (const [post, validFrom, validTo] of [
      ['Старший оперуполномоченный Управления полиции города Кентау', '2007', '2012'],
      ['Начальник Управления полиции города Туркестана', '2012', '2018'],
    ])
      expect(holds).toContainEqual(
        expect.objectContaining({ from: who, to: post, current: false, validFrom, validTo, inferred: false }),
      );
    // «с апреля 2021 года — начальник …» and «До этого он возглавлял …» are one post, opened in April 2021.
    expect(holds).toContainEqual(
      expect.objectContaining({
        from: who,
        to: 'Начальник Управления полиции города Шымкента',
        current: false,
        validFrom: '2021-04',
      }),
    );
  });

  it('closes a predecessor with the span said after him, and reads a former post in a participle', async () => {
    const holds = facts(await extractDev('10-appointment-biography-turkistan'), 'HOLDS');
    expect(holds).toContainEqual(
      expect.objectContaining({
        from: 'Мейрам Алдашев',
        to: 'Начальник Департамента полиции Туркестанской области',
        current: false,
        validFrom: '2019',
        validTo: '2025',
      }),
    );
    expect(holds).toContainEqual(
      expect.objectContaining({
        from: 'Гульнар Бекова',
        to: 'Начальник Управления полиции города Арыси',
        current: false,
      }),
    );
  });
});

describe('directives and representations', () => {
  it('reads a representation, tasks of one instruction, «до конца года» and partners «органами КНБ»', async () => {
    const draft = await extractDev('11-collegium-kostanay');
    const directives = draft.entities.filter((e) => e.label === 'Directive');
    const representation = directives.find((d) => d.properties.kind === 'representation');
    expect(representation?.name).toBe('Представление об устранении нарушений законности');
    expect(facts(draft, 'ASSIGNED_TO')).toContainEqual(
      expect.objectContaining({
        from: representation?.name,
        to: 'Начальник Департамента полиции Костанайской области',
      }),
    );
    // «поручил … обеспечить перекрытие …, взять на контроль …»: two tasks, one verb, one deadline.
    const tasks = directives.filter((d) => d.properties.kind === 'instruction');
    expect(tasks.map((d) => d.name)).toEqual([
      'Обеспечить перекрытие каналов поставки синтетических наркотиков',
      'Взять на контроль исполнение поручений',
    ]);
    for (const task of tasks) expect(task.properties.deadline).toBe('2025-12-31');
    // «органами КНБ» in a Kostanay release: the region's department, by inference.
    expect(facts(draft, 'COOPERATES_WITH')).toContainEqual(
      expect.objectContaining({
        from: tasks[0]?.name,
        to: 'Департамент КНБ по Костанайской области',
        inferred: true,
      }),
    );
  });

  it('assigns a passive instruction to the addressee before its verb, and «поручил ему» to his post', async () => {
    const draft = await extractor.extract({
      text:
        'Тестовый текст. Начальником ДП Акмолинской области назначен Ерлан Тасболатов. ' +
        'Представляя его, заместитель министра внутренних дел Асет Мукашев поручил ему усилить работу по профилактике. ' +
        'Начальникам районных отделов полиции предписано до 1 марта провести проверку аптек.',
      publishedAt: '2025-02-03',
      gazetteer,
    });
    const assigned = facts(draft, 'ASSIGNED_TO');
    expect(assigned).toContainEqual(
      expect.objectContaining({
        from: 'Усилить работу по профилактике',
        to: 'Начальник ДП Акмолинской области',
        inferred: false,
      }),
    );
    expect(assigned).toContainEqual(
      expect.objectContaining({ from: 'Провести проверку аптек', to: 'Начальники районных отделов полиции' }),
    );
  });

  it('gives the words quoted before «— сообщил X» to X, with the instructions among them', async () => {
    const draft = await extractDev('12-quote-after-words-pavlodar');
    const issued = facts(draft, 'ISSUED').map((f) => [f.from, f.to]);
    expect(issued).toEqual(
      expect.arrayContaining([
        ['Жандос Ахметжанов', 'Активизировать работу по выявлению закладчиков'],
        ['Жандос Ахметжанов', 'Организовать проверку съёмных квартир'],
      ]),
    );
  });
});

describe('seizures, operations and figures', () => {
  it('reads a dash list of seized items as seizures of the sentence that opens it', async () => {
    const draft = await extractDev('13-knb-border-list-west');
    const seizures = draft.entities.filter((e) => e.label === 'Seizure').map((e) => e.properties);
    expect(seizures).toContainEqual(expect.objectContaining({ amountKg: 7.8, substance: 'амфетамина' }));
    expect(seizures).toContainEqual(expect.objectContaining({ count: 1200, substance: 'метадона' }));
    const seized = facts(draft, 'SEIZED').find((f) => f.to === 'Изъятие 7,8 кг амфетамина');
    expect(seized?.from).toBe('Департамент КНБ по Западно-Казахстанской области');
  });

  it('tells an operation’s lead body from those «при участии», two heads sharing one place', async () => {
    const draft = await extractDev('13-knb-border-list-west');
    expect(facts(draft, 'CONDUCTED_BY').map((f) => f.to)).toEqual([
      'Департамент полиции Западно-Казахстанской области',
    ]);
    const partners = facts(draft, 'PARTICIPATED_IN').map((f) => f.from);
    expect(partners).toContain('Департамент КНБ по Западно-Казахстанской области');
    expect(
      partners.some((p) =>
        p?.startsWith('Департамент государственных доходов по Западно-Казахстанской области'),
      ),
    ).toBe(true);
  });

  it('reads factors in words and a move «с 17 до 31» as the level reached with its direction', () => {
    const read = (text: string) =>
      findFigures(text).map((f) => ({ value: f.value, unit: f.unit, direction: f.direction }));
    expect(read('число краж выросло в два раза')).toEqual([{ value: 2, unit: 'times', direction: 'up' }]);
    expect(read('грабежей стало вдвое меньше')).toEqual([{ value: 2, unit: 'times', direction: 'down' }]);
    expect(read('в полтора раза больше')).toEqual([{ value: 1.5, unit: 'times', direction: 'up' }]);
    expect(read('число закладчиков увеличилось с 17 до 31')).toEqual([
      { value: 31, unit: 'count', direction: 'up' },
    ]);
    expect(read('доля снизилась с 9,5 до 7,1 %')).toEqual([{ value: 7.1, unit: '%', direction: 'down' }]);
  });

  it('reads biography dates and «до конца года»', () => {
    const published = parsePartialDate('2025-06-16');
    const refs = (text: string) =>
      findTimeRefs(text, { start: 0, end: text.length }, published).map((r) => ({
        range: r.range,
        date: r.date,
        deadline: r.deadline,
      }));
    expect(refs('2009–2014 гг. — старший инспектор')[0]?.range).toEqual({ from: '2009', to: '2014' });
    expect(refs('с июля 2022 года по март 2024 года — начальник')[0]?.range).toEqual({
      from: '2022-07',
      to: '2024-03',
    });
    expect(refs('с апреля 2021 года — начальник')[0]?.range).toEqual({ from: '2021-04' });
    expect(refs('до конца года провести проверку')[0]).toMatchObject({ date: '2025-12-31', deadline: true });
    expect(refs('в срок до конца текущего года')[0]).toMatchObject({ date: '2025-12-31', deadline: true });
  });
});

describe('names and appointments told in other words', () => {
  it('reads «Фамилия Имя Отчество» and «Фамилия И.О.», and a past appointment told with a pronoun', async () => {
    const draft = await extractor.extract({
      text:
        'Тестовый текст. Начальником УП города Семей назначен подполковник полиции Ахметов Нурлан Касымович. ' +
        'В 2023 году он был назначен заместителем начальника ДП области Абай. ' +
        'Совещание провёл начальник ДП Костанайской области Сарбасов Е.Б.',
      publishedAt: '2025-05-10',
      gazetteer,
    });
    const holds = facts(draft, 'HOLDS');
    expect(holds).toContainEqual(
      expect.objectContaining({ from: 'Нурлан Ахметов', to: 'Начальник УП города Семей', current: true }),
    );
    expect(holds).toContainEqual(
      expect.objectContaining({
        from: 'Нурлан Ахметов',
        to: 'Заместитель начальника ДП области Абай',
        current: false,
        validFrom: '2023',
      }),
    );
    const sarbasov = draft.entities.find((e) => e.label === 'Person' && e.name.startsWith('Сарбасов'));
    expect(sarbasov?.mentions[0]?.text).toBe('Сарбасов Е.Б');
    expect(holds).toContainEqual(
      expect.objectContaining({ from: sarbasov?.name, to: 'Начальник ДП Костанайской области' }),
    );
  });
});

describe('measures', () => {
  it('reads measures taken, with the body that carried them out', async () => {
    const draft = await extractor.extract({
      text:
        'Тестовый текст. В Департаменте полиции Акмолинской области подвели итоги. ' +
        'Полицейскими проведено 120 профилактических рейдов. ' +
        'Департаментом полиции Акмолинской области организованы мобильные группы. ' +
        'В местах массового отдыха будут выставлены посты. Проведено совещание.',
      publishedAt: '2025-05-10',
      gazetteer,
    });
    const measures = draft.entities.filter((e) => e.label === 'Measure').map((e) => e.name);
    expect(measures).toEqual([
      'Полицейскими проведено 120 профилактических рейдов',
      'Департаментом полиции Акмолинской области организованы мобильные группы',
      'В местах массового отдыха будут выставлены посты',
    ]);
    const carried = facts(draft, 'CARRIED_OUT_BY');
    expect(carried).toEqual([
      expect.objectContaining({
        from: measures[0],
        to: 'Департамент полиции Акмолинской области',
        inferred: true,
      }),
      expect.objectContaining({
        from: measures[1],
        to: 'Департамент полиции Акмолинской области',
        inferred: false,
      }),
    ]);
  });
});

describe('a second writer’s constructions', () => {
  it('puts the instructions under the post control is «возложен на», and «руководству ДП» on the body', async () => {
    const draft = await extractor.extract({
      text:
        'Тестовый текст. В ДП Западно-Казахстанской области прошло совещание. ' +
        'Руководству ДП Западно-Казахстанской области предписано до 1 октября провести инвентаризацию камер хранения. ' +
        'Контроль за исполнением решений возложен на заместителя начальника ДП Западно-Казахстанской области Руслана Абенова.',
      publishedAt: '2025-08-28',
      gazetteer,
    });
    const task = 'Провести инвентаризацию камер хранения';
    expect(facts(draft, 'ASSIGNED_TO')).toContainEqual(
      expect.objectContaining({ from: task, to: 'Департамент полиции Западно-Казахстанской области' }),
    );
    expect(facts(draft, 'UNDER_CONTROL_OF')).toContainEqual(
      expect.objectContaining({
        from: task,
        to: 'Заместитель начальника ДП Западно-Казахстанской области',
        inferred: true,
      }),
    );
  });

  it('keeps «тяжких и особо тяжких преступлений» one metric and reads «68,4 % против 61 %» as a rise', async () => {
    const draft = await extractor.extract({
      text:
        'Тестовый текст. В ДП Карагандинской области подвели итоги. ' +
        'Число тяжких и особо тяжких преступлений снизилось на 7,8 %. Раскрываемость составила 68,4 % против 61 % годом ранее.',
      publishedAt: '2025-10-21',
      gazetteer,
    });
    const indicators = draft.entities.filter((e) => e.label === 'Indicator');
    expect(indicators.map((e) => e.properties.metricRu)).toEqual([
      'число тяжких и особо тяжких преступлений',
      'раскрываемость',
    ]);
    expect(indicators[1]?.properties).toMatchObject({ value: 68.4, unit: '%', direction: 'up' });
  });
});
