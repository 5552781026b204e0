// Measures in the third round's wordings: a named project or campaign («мы начали проект «Қауіпсіз мектеп»»)
// run with the partner the clause names and the speaker's own body, and an interview's answers as the words of
// the person the lead introduces. Each runs the real extractor on a development text
// (test/fixtures/extract-dev/measures-05-*.txt: invented people, real bodies and places).
import { describe, expect, it } from 'vitest';
import { extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

const DEV = 'measures-05-interview-campaign-zhambyl';
const PROJECT = 'Проект «Қауіпсіз мектеп»';

describe('a named project', () => {
  it('is a Measure run by the partner named with «вместе с» (stated) and the speaker’s body for «мы» (inferred)', async () => {
    const draft = await extractDev(DEV);
    expect(draft.entities.filter((e) => e.label === 'Measure').map((e) => e.name)).toEqual([PROJECT]);
    const by = facts(draft, 'CARRIED_OUT_BY').filter((r) => r.from === PROJECT);
    expect(by).toContainEqual({
      from: PROJECT,
      to: 'Управление образования Жамбылской области',
      inferred: false,
    });
    expect(by).toContainEqual({ from: PROJECT, to: 'Управление полиции города Тараза', inferred: true });
  });

  it('leaves what the colon says about it inside it, not a measure of its own', async () => {
    const draft = await extractDev(DEV);
    expect(draft.entities.some((e) => e.label === 'Measure' && /встреч/iu.test(e.name))).toBe(false);
  });

  it('is no measure when it is asked for («поручено провести в колледжах месячник …»)', async () => {
    const draft = await extractDev(DEV);
    expect(draft.entities.some((e) => e.label === 'Measure' && /Жастар/u.test(e.name))).toBe(false);
    expect(draft.entities.some((e) => e.label === 'Directive' && /Жастар/u.test(e.name))).toBe(true);
  });
});

describe('an interview', () => {
  it('gives the answers to the person the lead introduces: he announces the project', async () => {
    expect(facts(await extractDev(DEV), 'ANNOUNCED')).toContainEqual({
      from: 'Бекжан Оразбаев',
      to: PROJECT,
      inferred: false,
    });
  });

  it('reads «Совместно с … мы перекрыли …» in an answer as done, not as an instruction', async () => {
    const draft = await extractDev(DEV);
    expect(draft.entities.filter((e) => e.label === 'Directive').map((e) => e.name)).toEqual([
      'Провести в колледжах месячник «Жастар — наркотиксіз» до 1 декабря',
    ]);
  });
});

describe('work carried on', () => {
  const WORK = 'measures-06-ongoing-work-kyzylorda';
  const NAME = 'Работа по выявлению курьеров синтетических наркотиков';

  it('reads «работа по … ведётся во взаимодействии с …» as a Measure named without its partners', async () => {
    const draft = await extractDev(WORK);
    expect(draft.entities.filter((e) => e.label === 'Measure').map((e) => e.name)).toEqual([NAME]);
    expect(facts(draft, 'ANNOUNCED')).toContainEqual({ from: 'Ержан Байбосынов', to: NAME, inferred: false });
  });

  it('has every partner of the list carry it out (stated) and the speaker’s body too (inferred)', async () => {
    const by = facts(await extractDev(WORK), 'CARRIED_OUT_BY');
    expect(by).toContainEqual({
      from: NAME,
      to: 'Департамент КНБ по Кызылординской области',
      inferred: false,
    });
    expect(by).toContainEqual({
      from: NAME,
      to: 'Департамент экономических расследований по Кызылординской области',
      inferred: false,
    });
    expect(by).toContainEqual({
      from: NAME,
      to: 'Департамент полиции Кызылординской области',
      inferred: true,
    });
    expect(facts(await extractDev(WORK), 'CONCERNS')).toEqual([]);
  });
});

describe('a facility opened', () => {
  it('reads «сообщила, что в Шымкенте открыт новый центр … на 40 коек» as a measure she announced, with its count', async () => {
    const draft = await extractInline(
      'Руководитель управления здравоохранения Туркестанской области Айжан Бекова сообщила, что в Шымкенте открыт новый центр реабилитации на 40 коек.',
    );
    const measure = draft.entities.find((e) => e.label === 'Measure');
    expect(measure?.name).toBe('В Шымкенте открыт новый центр реабилитации на 40 коек');
    expect(measure?.properties).toMatchObject({ count: 40 });
    expect(facts(draft, 'ANNOUNCED')).toContainEqual({
      from: 'Айжан Бекова',
      to: measure?.name,
      inferred: false,
    });
  });
});

describe('partners of a measure told in the passive', () => {
  it('has each body of «совместно с X и Y запланирована акция …» carry it out, none merely concerned', async () => {
    const draft = await extractInline(
      'В текущем месяце совместно с Управлением здравоохранения Павлодарской области и Управлением образования Павлодарской области запланирована акция «Жизнь без зависимости» в колледжах города.',
    );
    expect(
      facts(draft, 'CARRIED_OUT_BY')
        .map((r) => r.to)
        .sort(),
    ).toEqual([
      'Управление здравоохранения Павлодарской области',
      'Управление образования Павлодарской области',
    ]);
    expect(facts(draft, 'CONCERNS')).toEqual([]);
  });
});
