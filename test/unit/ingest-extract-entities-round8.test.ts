// Entities, round 8: precision on new writers. Time-bound facts the text does not close are current; the
// maslikhat is a body («Жамбылского областного маслихата», «районного маслихата») and its session one meeting;
// a bare «управлению образования» is the department named in full before; a parent named only in one body's
// name folds into it; «местные исполнительные органы» only as a task's partner; «Работа по … продолжается» is a measure only with partners or a time; channels: not a quoted
// operation's name, the one after «Среди перекрытых каналов —», and the noun of a cut with its route; «Ранее
// возглавлявший <body> <rank> <name>» is the post of the person after the body; «внесено представление.
// Нарушения должны быть устранены …» names the representation from its next sentence. The real
// extractor runs on development texts (test/fixtures/extract-dev/entities-r8-01, channels-r8-02: invented
// people, real bodies and places).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { entitiesOf, extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

const names = (draft: Draft, label: string) => entitiesOf(draft, label).map((e) => String(e.name));

describe('bodies, meetings and tasks of a maslikhat session (entities-r8-01)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('entities-r8-01-akimat-maslikhat-zhambyl');
  }, 60_000);

  it('reads the region maslikhat as one body, named as the lead writes it, the headline a mention of it', () => {
    const maslikhat = draft.entities.find((e) => e.name === 'Жамбылский областной маслихат');
    expect(maslikhat?.label).toBe('Agency');
    expect(maslikhat?.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['маслихата', 'Жамбылского областного маслихата', 'маслихат']),
    );
  });

  it('names «районного маслихата» after the district named before it, a body of its own', () => {
    expect(names(draft, 'Agency')).toContain('Маслихат Кордайского района');
  });

  it('reads the session as one meeting, «По итогам сессии маслихат» a repeat of it', () => {
    const meetings = draft.entities.filter((e) => e.label === 'Meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['очередной сессии Жамбылского областного маслихата', 'сессии маслихат']),
    );
  });

  it('takes «поручил управлению образования» to the department named in full before', () => {
    expect(names(draft, 'Agency').filter((n) => /^Управление образования/u.test(n))).toEqual([
      'Управление образования акимата Жамбылской области',
    ]);
    expect(facts(draft, 'ASSIGNED_TO')).toContainEqual(
      expect.objectContaining({
        from: 'Провести профилактические беседы во всех школах Тараза',
        to: 'Управление образования акимата Жамбылской области',
        current: true,
      }),
    );
  });

  it('marks posts in their bodies and units in their parents current', () => {
    const standing = [...facts(draft, 'POSITION_IN'), ...facts(draft, 'PART_OF')];
    expect(standing.length).toBeGreaterThan(2);
    for (const fact of standing) expect(fact).toMatchObject({ current: true });
  });

  it('reads «местные исполнительные органы» as a body only where a task names them as partners', () => {
    const body = draft.entities.find((e) => e.name === 'Местные исполнительные органы');
    expect(body?.mentions.map((m) => m.text)).toEqual(['местными исполнительными органами']);
    const quote = draft.source.text.slice(body!.mentions[0]!.start - 60, body!.mentions[0]!.end);
    expect(quote).toMatch(/рекомендовала проводить рейды/u);
  });

  it('reads work carried on as a measure only with partners or a time', () => {
    const measures = names(draft, 'Measure');
    expect(measures.some((n) => /соучастник/iu.test(n))).toBe(false);
    expect(measures.some((n) => /уничтожению очагов конопли/iu.test(n))).toBe(true);
  });
});

describe('a parent named only in one body name (inline)', () => {
  it('folds the akimat into its department: no entity of its own', async () => {
    const draft = await extractInline(
      'Тараз, 3 июля 2025 г.\nПрокуратурой Жамбылской области в адрес Управления здравоохранения акимата Жамбылской области внесено представление.',
    );
    expect(names(draft, 'Agency')).toContain('Управление здравоохранения акимата Жамбылской области');
    expect(names(draft, 'Agency')).not.toContain('Акимат Жамбылской области');
  });

  it('reads «Ранее возглавлявший <body> <rank> <name>» as a former post of the person after the body', async () => {
    const draft = await extractInline(
      'Астана, 1 октября 2025 г.\nРанее возглавлявший Управление полиции Сарыаркинского района Департамента полиции города Астаны полковник полиции Руслан Ержанович Калиев переведён в Алматы.',
    );
    expect(facts(draft, 'HOLDS')).toEqual([
      expect.objectContaining({
        from: 'Руслан Калиев',
        to: 'Начальник Управления полиции Сарыаркинского района',
        inferred: false,
        current: false,
      }),
    ]);
    expect(facts(draft, 'POSITION_IN')).toEqual([expect.objectContaining({ current: true })]);
  });
});

describe('a representation whose content is the next sentence (inline)', () => {
  it('names it from the duty told next, with its deadline and addressee', async () => {
    const draft = await extractInline(
      'Тараз, 3 июля 2025 г.\n«По результатам проверки начальнику Департамента полиции Жамбылской области внесено представление. Нарушения должны быть устранены в срок до 1 сентября», — отметил заместитель прокурора области Ерболат Маратович Сейтов.',
      '2025-07-03',
    );
    expect(entitiesOf(draft, 'Directive')).toEqual([
      expect.objectContaining({
        name: 'Нарушения должны быть устранены в срок до 1 сентября',
        deadline: '2025-09-01',
      }),
    ]);
    expect(facts(draft, 'ASSIGNED_TO')).toContainEqual(
      expect.objectContaining({ to: 'Начальник Департамента полиции Жамбылской области' }),
    );
  });
});

describe('a service department named with its service abbreviated (inline)', () => {
  it('is one body by region, and the deputy head’s post is in it', async () => {
    const draft = await extractInline(
      'Кызылорда, 21 октября 2025 г.\nПо словам заместителя начальника Департамента Пограничной службы КНБ РК по Кызылординской области Руслана Вадимовича Шевцова, канал действовал полгода.',
    );
    const body = 'Департамент Пограничной службы КНБ РК по Кызылординской области';
    expect(names(draft, 'Agency')).toContain(body);
    expect(facts(draft, 'POSITION_IN')).toContainEqual(
      expect.objectContaining({
        from: `Заместитель начальника ${body.replace(/^Департамент/u, 'Департамента')}`,
        to: body,
      }),
    );
  });
});

describe('a name inside an institution’s name (inline)', () => {
  it('is no person of the release', async () => {
    const draft = await extractInline(
      'Актау, 8 октября 2025 г.\nПолковник полиции Тимур Русланович Абенов окончил Карагандинскую академию МВД Республики Казахстан имени Баримбека Бейсенова.',
    );
    expect(names(draft, 'Person')).toEqual(['Тимур Абенов']);
  });
});

describe('a project named in straight quotes inside a quote (inline)', () => {
  it('is a measure, as one in «» would be', async () => {
    const draft = await extractInline(
      'Конаев, 5 ноября 2025 г.\n«С января мы запускаем в школах Конаева проект "Чистое поколение"», — подчеркнул начальник УПН ДП Алматинской области Марат Ерланович Сапаров.',
    );
    expect(names(draft, 'Measure')).toContain('Проект "Чистое поколение"');
  });
});

describe('channels named in reports of cuts (channels-r8-02)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('channels-r8-02-named-cuts-almaty');
  }, 60_000);

  it('reads each cut channel with its route, none from an operation name, a task or a priority', () => {
    expect(names(draft, 'SupplyChannel')).toEqual([
      'Канал поставки гашиша из Шымкента в Алматинскую область',
      'Канал поставки синтетических наркотиков из Алматы в город Семей',
      'Канал поставки мефедрона из Алматы в Астану',
      'Канал контрабанды героина из Кыргызстана в Караганду',
    ]);
  });

  it('gives the channel a noun of a cut names its places', () => {
    expect(facts(draft, 'ORIGINATES_IN')).toContainEqual(
      expect.objectContaining({ from: 'Канал поставки мефедрона из Алматы в Астану', to: 'Алматы' }),
    );
    expect(facts(draft, 'DESTINED_FOR')).toContainEqual(
      expect.objectContaining({ from: 'Канал поставки мефедрона из Алматы в Астану', to: 'город Астана' }),
    );
  });
});
