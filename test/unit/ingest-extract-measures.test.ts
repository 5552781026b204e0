// Measures told by construction: a check done, a prosecutor's representation, material sent on, and what a
// body will do, told in reported speech; with who took each, what it concerns and who announced it. Each case
// runs the real extractor on a development text (test/fixtures/extract-dev/measures-*.txt: invented people,
// real bodies and places).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev } from '../helpers/extract-dev.ts';

/** The draft's facts of a type with their ends' labels and names. */
function facts(draft: Draft, type: string) {
  const of = new Map(draft.entities.map((e) => [e.ref, `${e.label}:${e.name}`]));
  return draft.relationships
    .filter((r) => r.type === type)
    .map((r) => ({ from: of.get(r.from), to: of.get(r.to), inferred: r.inferred, basisRu: r.basisRu }));
}

/** The draft has a fact of this type with these ends (and flag, where given). */
function expectFact(draft: Draft, type: string, fact: Partial<ReturnType<typeof facts>[number]>): void {
  expect(facts(draft, type)).toContainEqual(expect.objectContaining(fact));
}

/** The draft of a development text, extracted once before the tests of the block it is called in. */
function devDraft(name: string): { draft: Draft } {
  const dev = {} as { draft: Draft };
  beforeAll(async () => {
    dev.draft = await extractDev(name);
  }, 60_000);
  return dev;
}

function measure(draft: Draft, name: RegExp): string {
  const found = draft.entities.filter((e) => e.label === 'Measure' && name.test(e.name));
  expect(found, `one measure named ${name}`).toHaveLength(1);
  return `Measure:${found[0]!.name}`;
}

describe('a prosecutor’s check, its representation and material sent on', () => {
  const dev = devDraft('measures-01-prosecutor-check-kostanay');

  it('makes the check done («провела проверку …») a measure carried out by the body that did it', () => {
    const check = measure(dev.draft, /^Проверка исполнения законодательства о профилактике/u);
    expectFact(dev.draft, 'CARRIED_OUT_BY', {
      from: check,
      to: 'Agency:Прокуратура Костанайской области',
      inferred: false,
    });
    expectFact(dev.draft, 'CONCERNS', {
      from: check,
      to: 'Agency:Управление полиции города Рудного',
      inferred: false,
    });
  });

  it('has «как пояснил …, проверкой охвачены …» announce the check told before', () => {
    const check = measure(dev.draft, /^Проверка исполнения/u);
    expectFact(dev.draft, 'ANNOUNCED', { from: 'Person:Ерлан Сапаров', to: check, inferred: false });
  });

  it('makes the representation the prosecutor’s office’s measure, about the body of the post it is addressed to', () => {
    const representation = measure(dev.draft, /^Представление об устранении нарушений закона$/u);
    expectFact(dev.draft, 'CARRIED_OUT_BY', {
      from: representation,
      to: 'Agency:Прокуратура Костанайской области',
      inferred: true,
    });
    // «начальнику Управления полиции … Талгату Мусину внесено»: the addressee is concerned, not the agent.
    const concerns = facts(dev.draft, 'CONCERNS').filter((f) => f.from === representation);
    expect(concerns).toContainEqual(
      expect.objectContaining({ to: 'Agency:Управление полиции города Рудного' }),
    );
    const carried = facts(dev.draft, 'CARRIED_OUT_BY').filter((f) => f.from === representation);
    expect(carried).toHaveLength(1);
    expect(carried[0]!.basisRu).toMatch(/прокурорского надзора/u);
  });

  it('has «…, сообщил прокурор области …» announce the representation and the response after it', () => {
    const announced = facts(dev.draft, 'ANNOUNCED').filter((f) => f.from === 'Person:Асхат Нургалиев');
    expect(announced).toContainEqual(
      expect.objectContaining({ to: measure(dev.draft, /^Представление об устранении/u), inferred: false }),
    );
    expect(announced).toContainEqual(
      expect.objectContaining({ to: measure(dev.draft, /дисциплинарной ответственности/u), inferred: false }),
    );
    // The addressee's body is named inside his post: the representation concerns it, stated.
    expectFact(dev.draft, 'CONCERNS', {
      from: measure(dev.draft, /^Представление об устранении/u),
      to: 'Agency:Управление полиции города Рудного',
      inferred: false,
    });
  });

  it('names material sent on by a nominal phrase with where it went, and that body is concerned', () => {
    const sent = measure(
      dev.draft,
      /^Направление материалов в отношении двух должностных лиц в Департамент экономических расследований/u,
    );
    expectFact(dev.draft, 'CONCERNS', {
      from: sent,
      to: 'Agency:Департамент экономических расследований по Костанайской области',
      inferred: false,
    });
  });

  it('does not make the headline a measure of its own', () => {
    const headline = dev.draft.entities.filter(
      (e) => e.label === 'Measure' && e.mentions.some((m) => m.start < 130),
    );
    expect(headline).toEqual([]);
  });
});

describe('a check told in the passive, future acts in reported speech, information passed on', () => {
  const dev = devDraft('measures-02-future-acts-pavlodar');

  it('names a check told by its participle («проверена деятельность …») with its object in the genitive', () => {
    const check = measure(dev.draft, /^Проверка деятельности отдела полиции Майского района/u);
    expectFact(dev.draft, 'CONCERNS', { from: check, to: 'Agency:Отдел полиции Майского района' });
  });

  it('makes «будут построены …» after «по словам …» a measure he announced, of his body', () => {
    const built = measure(dev.draft, /будут построены два новых участковых пункта/u);
    expectFact(dev.draft, 'ANNOUNCED', { from: 'Person:Нурлан Жаксылыков', to: built, inferred: false });
    expectFact(dev.draft, 'CARRIED_OUT_BY', {
      from: built,
      to: 'Agency:Департамент полиции Павлодарской области',
      inferred: true,
    });
  });

  it('takes no measure from what an event will do («акция … продлится до 20 декабря»)', () => {
    const names = dev.draft.entities.filter((e) => e.label === 'Measure').map((e) => e.name);
    expect(names.filter((n) => /продлится/u.test(n))).toEqual([]);
    expect(names.length).toBeGreaterThan(0);
  });

  it('has a body named before a future verb («Управление образования … проведёт …») carry it out', () => {
    const lectures = measure(dev.draft, /проведёт в колледжах цикл лекций/u);
    expectFact(dev.draft, 'CARRIED_OUT_BY', {
      from: lectures,
      to: 'Agency:Управление образования Павлодарской области',
      inferred: false,
    });
    expectFact(dev.draft, 'ANNOUNCED', { from: 'Person:Данияр Темирханов', to: lectures });
  });

  it('reads «полицейские передали в … сведения …» as passed on by the release’s police body', () => {
    const passed = measure(dev.draft, /^Передача сведений о 6 интернет-ресурсах/u);
    expectFact(dev.draft, 'CARRIED_OUT_BY', {
      from: passed,
      to: 'Agency:Департамент полиции Павлодарской области',
      inferred: true,
    });
    expectFact(dev.draft, 'CONCERNS', { from: passed, to: 'Agency:Департамент КНБ по Павлодарской области' });
  });
});

describe('bodies named by adjectives, by abbreviation, by transport, and by a ministry’s committee', () => {
  const dev = devDraft('measures-03-bodies-atyrau');

  function bodies(): string[] {
    return dev.draft.entities.filter((e) => e.label === 'Agency').map((e) => e.name);
  }

  function expectBodies(...names: string[]): void {
    expect(bodies()).toEqual(expect.arrayContaining(names));
  }

  it('reads a court, a ministry’s academy and a standing commission only with the adjective that makes them one', () => {
    expectBodies(
      'Атырауский городской суд',
      'Костанайская академия МВД',
      'Межведомственная комиссия по противодействию наркомании и наркобизнесу при акимате Атырауской области',
    );
  });

  it('spells out «ДЭР» and keeps the transport police placed by the transport', () => {
    expectBodies(
      'Департамент экономических расследований по Атырауской области',
      'Линейный отдел полиции на станции Атырау',
      'Департамент полиции на транспорте',
    );
    const parents = facts(dev.draft, 'PART_OF').map((f) => f.from);
    expect(parents).not.toContain('Agency:Линейный отдел полиции на станции Атырау');
  });

  it('makes a police department named in the genitive right after a police unit its parent, stated', () => {
    expectFact(dev.draft, 'PART_OF', {
      from: 'Agency:Отдел полиции Махамбетского района',
      to: 'Agency:Департамент полиции Атырауской области',
      inferred: false,
    });
  });

  it('makes the juvenile police a service of the region’s department, inferred', () => {
    expectFact(dev.draft, 'PART_OF', {
      from: 'Agency:Ювенальная полиция Департамента полиции Атырауской области',
      to: 'Agency:Департамент полиции Атырауской области',
      inferred: true,
    });
  });

  it('names a ministry the graph does not know in the nominative, with the republic', () => {
    expect(bodies()).toContain('Министерство труда и социальной защиты населения Республики Казахстан');
  });

  it('reads a committee’s territorial department whole, with its ministry', () => {
    expect(bodies()).toContain(
      'Департамент Комитета санитарно-эпидемиологического контроля Министерства здравоохранения РК по Атырауской области',
    );
  });

  it('takes no body from «проходил службу в …» or from «общественных организаций» after a list', () => {
    expect(bodies().filter((b) => /^Служба|организаций/u.test(b))).toEqual([]);
    expectBodies(
      'Управление здравоохранения Атырауской области',
      'Управление образования Атырауской области',
    );
  });

  it('puts no department under the akimat unless «акимата» is written with it', () => {
    expect(facts(dev.draft, 'PART_OF').filter((f) => f.to?.startsWith('Agency:Акимат'))).toEqual([]);
  });
});

describe('plans told in reported speech, one per clause', () => {
  const dev = devDraft('measures-04-reported-plans-turkistan');

  it('makes each clause with a future verb of its own a measure («будут установлены …, а … будет усилен»)', () => {
    const posts = measure(dev.draft, /^На въездах в Шымкент будут установлены три стационарных поста$/u);
    const pharmacies = measure(dev.draft, /^Контроль за аптеками будет усилен$/u);
    expect(posts).not.toBe(pharmacies);
    // «три стационарных поста»: the number word after the verb is the measure's count.
    const counts = dev.draft.entities
      .filter((e) => e.label === 'Measure')
      .map((e) => [e.name, e.properties.count]);
    expect(counts).toContainEqual(['На въездах в Шымкент будут установлены три стационарных поста', 3]);
    expect(counts).toContainEqual(['Контроль за аптеками будет усилен', undefined]);
  });

  it('has the one who holds the post «по словам начальника управления» names announce them (inferred)', () => {
    const posts = measure(dev.draft, /^На въездах в Шымкент/u);
    const pharmacies = measure(dev.draft, /^Контроль за аптеками/u);
    for (const to of [posts, pharmacies])
      expectFact(dev.draft, 'ANNOUNCED', { from: 'Person:Бауыржан Сапаров', to, inferred: true });
    expect(facts(dev.draft, 'ANNOUNCED').find((f) => f.to === posts)?.basisRu).toMatch(/по словам/u);
  });

  it('has the one named after «По словам» announce a measure told in the passive, his words cut off its name', () => {
    const lectures = measure(dev.draft, /^В колледжах области организованы лекции/u);
    expectFact(dev.draft, 'ANNOUNCED', { from: 'Person:Мадина Оразбаева', to: lectures, inferred: false });
  });

  it('reads «отметила, что … будет открыт …» with «будет» and a participle, announced by who said it', () => {
    const centre = measure(dev.draft, /^В Кентау будет открыт молодёжный ресурсный центр$/u);
    expectFact(dev.draft, 'ANNOUNCED', { from: 'Person:Мадина Оразбаева', to: centre, inferred: false });
  });
});
