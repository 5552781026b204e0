import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft, GazetteerEntry } from '../../server/ingest/draft.ts';
import { findTimeRefs } from '../../server/ingest/extract/recognise/dates.ts';
import { parsePartialDate } from '../../server/ingest/extract/recognise/partial-date.ts';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { createRulesRuExtractor } from '../../server/ingest/extract/rules-ru-extractor.ts';
import { loadSeedGazetteer } from '../../server/ingest/gazetteer/seed-gazetteer.ts';
import { RELATIONSHIP_ENDS } from '../../vocabulary/index.ts';

/** The contract's allowed ends, with data contract v2's operation types (issue 11). */
const ENDS: Record<string, readonly [readonly string[], readonly string[]]> = {
  ...RELATIONSHIP_ENDS,
  CONDUCTED_BY: [['Operation'], ['Agency']],
  PARTICIPATED_IN: [['Agency'], ['Meeting', 'Operation']],
  RESULTED_IN: [['Operation'], ['Seizure', 'SupplyChannel']],
  OCCURRED_IN: [
    ['Seizure', 'Meeting', 'Operation'],
    ['Region', 'City'],
  ],
};

const DEV = path.join(import.meta.dirname, '../fixtures/extract-dev');
let gazetteer: GazetteerEntry[];
const extractor = createRulesRuExtractor();
beforeAll(async () => {
  gazetteer = await loadSeedGazetteer();
}, 60_000);

const extract = (text: string, publishedAt: string | null = '2025-03-01'): Promise<Draft> =>
  extractor.extract({ text, publishedAt, gazetteer });

describe('figures', () => {
  const figure = (text: string) =>
    findFigures(text).map((f) => ({
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      isChange: f.isChange,
      direction: f.direction,
    }));

  it('reads kilograms, grams and tonnes into kg, with qualifiers', () => {
    expect(figure('изъято свыше 1,2 тонны и около 350 кг')).toEqual([
      { value: 1200, unit: 'kg', qualifier: 'over', isChange: false, direction: null },
      { value: 350, unit: 'kg', qualifier: 'about', isChange: false, direction: null },
    ]);
    expect(figure('у него изъято 2 кг 300 г гашиша')[0]).toMatchObject({ value: 2.3, unit: 'kg' });
    expect(figure('более 450 г героина')[0]).toMatchObject({ value: 0.45, unit: 'kg', qualifier: 'over' });
  });

  it('reads decimal commas, thousands spaces, тыс. and млн, and skips years, dates and ages', () => {
    expect(
      findFigures('составило 5 127 фактов, раскрываемость 65,5%').map((f) => [f.value, f.unit, f.noun]),
    ).toEqual([
      [5127, 'count', 'фактов'],
      [65.5, '%', null],
    ]);
    expect(findFigures('ущерб 1,5 млн тенге, 3 тыс. доз').map((f) => f.value)).toEqual([1_500_000, 3000]);
    expect(findFigures('в 2024 году 31 октября задержан 27-летний житель')).toEqual([]);
  });

  it('tells a change from a level and finds its direction', () => {
    expect(figure('снизилось на 12,4%')[0]).toMatchObject({ isChange: true, direction: 'down' });
    expect(figure('что на 8% больше')[0]).toMatchObject({ isChange: true, direction: 'up' });
    expect(figure('рост на 3%')[0]).toMatchObject({ isChange: true, direction: 'up' });
    expect(figure('выросла до 78,3%')[0]).toMatchObject({ value: 78.3, isChange: false });
  });
});

describe('relative dates', () => {
  const refs = (text: string, published: string) =>
    findTimeRefs(text, { start: 0, end: text.length }, parsePartialDate(published)).map((r) => ({
      year: r.year,
      date: r.date,
      period: r.period,
      comparison: r.comparison,
      deadline: r.deadline,
    }));

  it.each([
    ['В минувшем году изъято', '2025-01-20', { year: 2024 }],
    ['в прошлом году', '2025-06-01', { year: 2024 }],
    ['с начала года', '2025-06-01', { year: 2025, period: 'с начала года' }],
    ['в текущем году', '2025-06-01', { year: 2025 }],
    ['за 2024 год', '2025-02-01', { year: 2024 }],
    ['за девять месяцев', '2024-10-15', { year: 2024, period: '9 месяцев' }],
    ['за девять месяцев', '2025-02-10', { year: 2024, period: '9 месяцев' }],
    ['в сравнении за 2023 год', '2025-01-20', { year: 2023, comparison: true }],
    ['в срок до 1 сентября', '2025-06-14', { date: '2025-09-01', deadline: true }],
    ['назначен 7 октября 2024 года', '2025-06-14', { date: '2024-10-07', year: 2024 }],
    ['в январе', '2025-06-14', { date: '2025-01' }],
  ])('%s (published %s)', (text, published, expected) => {
    expect(refs(text, published)[0]).toMatchObject(expected);
  });
});

describe('facts and time on facts', () => {
  it('opens a post on appointment and closes a former one', async () => {
    const draft = await extract(
      'Тестовый текст. Начальником Департамента полиции Костанайской области назначен Жанибек Беккожаев. ' +
        'Ранее он занимал должность заместителя начальника ДП Павлодарской области. ' +
        'Бывший начальник ДП Костанайской области Мурат Есенов назначен на должность начальника ДП Актюбинской области.',
      '2025-02-03',
    );
    const name = new Map(draft.entities.map((e) => [e.ref, e.name]));
    const holds = draft.relationships
      .filter((r) => r.type === 'HOLDS')
      .map((r) => ({ who: name.get(r.from), post: name.get(r.to), ...r.properties }));
    expect(holds).toContainEqual(
      expect.objectContaining({
        who: 'Жанибек Беккожаев',
        post: 'Начальник Департамента полиции Костанайской области',
        current: true,
        validFrom: '2025-02-03',
      }),
    );
    expect(holds).toContainEqual(
      expect.objectContaining({
        who: 'Жанибек Беккожаев',
        post: 'Заместитель начальника ДП Павлодарской области',
        current: false,
      }),
    );
    expect(holds).toContainEqual(
      expect.objectContaining({
        who: 'Мурат Есенов',
        post: 'Начальник Департамента полиции Костанайской области',
        current: false,
      }),
    );
    expect(holds).toContainEqual(
      expect.objectContaining({
        who: 'Мурат Есенов',
        post: 'Начальник ДП Актюбинской области',
        current: true,
      }),
    );
  });

  it('reads a seizure with its parts, a channel with its route, and the operation behind them', async () => {
    const draft = await extract(
      'В ходе ОПМ «Кокнар» сотрудники ДП Жамбылской области изъяли свыше 770 кг наркотиков, в том числе 8 кг гашиша. ' +
        'В минувшем году пресечено 5 каналов поставки из Шымкента и Тараза.',
      '2025-01-20',
    );
    const byName = (name: string) => draft.entities.find((e) => e.name === name);
    expect(byName('ОПМ «Кокнар»')?.properties).toMatchObject({ codeName: 'Кокнар', kind: 'ОПМ' });
    expect(byName('Изъятие свыше 770 кг наркотиков')?.properties).toMatchObject({
      amountKg: 770,
      amountQualifier: 'over',
      // Published in January about «минувший год»: an undated event takes the year the release reviews.
      year: 2024,
    });
    const channel = draft.entities.find((e) => e.label === 'SupplyChannel');
    expect(channel?.properties).toMatchObject({ count: 5, year: 2024, status: 'cut' });
    const types = draft.relationships.map(
      (r) => `${r.type} ${draft.entities.find((e) => e.ref === r.to)?.name}`,
    );
    expect(types).toEqual(
      expect.arrayContaining([
        'INCLUDED_IN Изъятие свыше 770 кг наркотиков',
        'SEIZED Изъятие свыше 770 кг наркотиков',
        'RESULTED_IN Изъятие 8 кг гашиша',
        'ORIGINATES_IN Шымкент',
        'ORIGINATES_IN Тараз',
      ]),
    );
  });

  it('reads an indicator with value, signed change and year', async () => {
    const draft = await extract(
      'За 2024 год количество зарегистрированных преступлений снизилось на 12,4% и составило 5 127 фактов.',
      '2025-01-20',
    );
    const indicator = draft.entities.find((e) => e.label === 'Indicator');
    expect(indicator?.properties).toMatchObject({
      value: 5127,
      change: -12.4,
      changeUnit: '%',
      direction: 'down',
      year: 2024,
      unit: 'crimes',
    });
  });

  it('reads a directive with its issuer, addressees, partners, control and deadline', async () => {
    const draft = await extract(
      'Заместитель министра внутренних дел Серик Тлеубердин поручил руководству департамента совместно с ДГД по Павлодарской области в срок до 1 сентября усилить контроль. Исполнение поручения находится на контроле у министра внутренних дел.',
      '2025-06-14',
    );
    const directive = draft.entities.find((e) => e.label === 'Directive');
    expect(directive?.properties).toMatchObject({ deadline: '2025-09-01' });
    const types = new Set(
      draft.relationships
        .filter((r) => r.from === directive?.ref || r.to === directive?.ref)
        .map((r) => r.type),
    );
    expect([...types].sort()).toEqual(['ASSIGNED_TO', 'COOPERATES_WITH', 'ISSUED', 'UNDER_CONTROL_OF']);
  });
});

describe('quotes and mentions', () => {
  const files = fs.readdirSync(DEV).filter((f) => f.endsWith('.txt'));
  const seedText = path.join(import.meta.dirname, '../../seed/data/sources/000_45e4f8d52d4d9bbc.txt');

  it.each([...files.map((f) => path.join(DEV, f)), seedText])(
    'every quote and mention of %s is an exact slice of the text',
    async (file) => {
      const text = fs.readFileSync(file, 'utf8');
      const meta =
        file.endsWith('.txt') && fs.existsSync(file.replace(/\.txt$/, '.json'))
          ? JSON.parse(fs.readFileSync(file.replace(/\.txt$/, '.json'), 'utf8'))
          : {};
      const draft = await extract(text, meta.publishedAt ?? null);
      expect(draft.entities.length).toBeGreaterThan(5);
      for (const r of draft.relationships) {
        expect(text.slice(r.start, r.end)).toBe(r.quote);
        expect(r.inferred ? typeof r.basis === 'string' && r.basis.length > 0 : r.basis === null).toBe(true);
        // Every inferred fact says why in Russian too, from the table of twins (never its generic fallback).
        if (r.inferred) expect(r.basisRu, r.basis!).toMatch(/^[«А-ЯЁ][^a-z]*$/u);
        if (r.inferred) expect(r.basisRu).not.toMatch(/^Выведено правилом извлечения/u);
        else expect(r.basisRu ?? null).toBeNull();
        const from = draft.entities.find((e) => e.ref === r.from)!;
        const to = draft.entities.find((e) => e.ref === r.to)!;
        expect(ENDS[r.type], r.type).toBeDefined();
        expect(ENDS[r.type]![0], `${r.type} from ${from.label}`).toContain(from.label);
        expect(ENDS[r.type]![1], `${r.type} to ${to.label}`).toContain(to.label);
      }
      for (const e of draft.entities)
        for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    },
  );
});
