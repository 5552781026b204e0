// Events, fourth round: an operation's participle names who ran it («ОПМ «Кендыр-2025», проводившегося …
// совместно с КНБ и АФМ»), so those partners' PARTICIPATED_IN is stated, while the body that only sums up the
// results ran it by inference; a unit the graph knows by its old name («Департаментом по противодействию
// наркопреступности МВД РК») is linked, PART_OF the ministry named inside it. The real extractor runs on a
// development text (test/fixtures/extract-dev/events-22: real bodies and places, no people). Channels cut «в
// Жамбылской области, где …» are destined for that region; a channel whose sentence goes on «товар поступал из
// Алматы» originates there (events-23). A named «акция» or «месячник» is a prevention campaign, no operation.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

const OP = 'ОПМ «Кендыр-2025»';
const COMMITTEE = 'Комитет по противодействию наркопреступности МВД Республики Казахстан';

describe('an operation whose participle names its partners (events-22)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-22-operation-run-with-zhambyl');
  }, 60_000);

  it('states the partners named after the participle', () => {
    expect(facts(draft, 'PARTICIPATED_IN')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          from: 'Комитет национальной безопасности Республики Казахстан',
          to: OP,
          inferred: false,
        }),
        expect.objectContaining({
          from: 'Агентство Республики Казахстан по финансовому мониторингу',
          to: OP,
          inferred: false,
        }),
      ]),
    );
  });

  it('infers the body that sums up the results ran it, linked by its old name', () => {
    const committee = draft.entities.find((e) => e.name === COMMITTEE);
    expect(committee?.existingId).toBe('agency:mvd-drug-committee');
    expect(facts(draft, 'CONDUCTED_BY')).toEqual([
      expect.objectContaining({ from: OP, to: COMMITTEE, inferred: true }),
    ]);
    // «МВД РК» only as the tail of the department's name, used by no other fact: no entity of its own
    // (annotators leave it out), so no PART_OF to it either.
    expect(draft.entities.map((e) => e.name)).not.toContain(
      'Министерство внутренних дел Республики Казахстан',
    );
    expect(facts(draft, 'PART_OF').filter((r) => r.from === COMMITTEE)).toEqual([]);
  });

  it('keeps partners that only sum up the results with the lead inferred', async () => {
    const draft = await extractInline(
      'ДП Жамбылской области совместно с ДКНБ по Жамбылской области подвёл итоги ОПМ «Кендыр-2025».',
    );
    expect(facts(draft, 'PARTICIPATED_IN')).toEqual([
      expect.objectContaining({ from: 'Департамент КНБ по Жамбылской области', to: OP, inferred: true }),
    ]);
  });
});

describe('channels cut in the region their sentence names (events-23)', () => {
  it('are destined for that region, not the release’s, by inference with a basis', async () => {
    const draft = await extractDev('events-23-channels-in-named-region-south');
    const opium = draft.entities.find((e) => e.name === '4 канала поставки опия из Таджикистана')?.ref;
    const destined = draft.relationships.filter((r) => r.type === 'DESTINED_FOR' && r.from === opium);
    expect(facts(draft, 'DESTINED_FOR').filter((f) => f.from?.includes('опия'))).toEqual([
      expect.objectContaining({
        from: '4 канала поставки опия из Таджикистана',
        to: 'Жамбылская область',
        inferred: true,
      }),
    ]);
    expect(destined[0]?.basis).toMatch(/puts the cut channels in this region/);
    expect(destined[0]?.basisRu).toMatch(/относит пресечённые каналы/);
  }, 60_000);
});

describe('a channel whose sentence goes on to say where the goods came from (events-23)', () => {
  it('originates there, as stated, with the quote spanning the channel and the route', async () => {
    const draft = await extractDev('events-23-channels-in-named-region-south');
    const channel = draft.entities.find((e) => e.name === '2 канала сбыта');
    const origin = draft.relationships.find((r) => r.type === 'ORIGINATES_IN' && r.from === channel?.ref);
    expect(draft.entities.find((e) => e.ref === origin?.to)?.name).toBe('Шымкент');
    expect(origin?.inferred).toBe(false);
    expect(origin?.quote).toMatch(/^2 канала сбыта.*поступали из Шымкента$/u);
  }, 60_000);
});

describe('a named prevention campaign', () => {
  it('is no operation («акция «…»», «месячник «…»»), while a named ОПМ or raid is', async () => {
    const draft = await extractInline(
      'Совместно с управлением образования запланирована акция «Выбери жизнь», а в школах пройдёт месячник «Чистое будущее». Полицейские провели рейд «Мак» и ОПМ «Кендыр».',
    );
    expect(draft.entities.filter((e) => e.label === 'Operation').map((e) => e.name)).toEqual([
      'Рейд «Мак»',
      'ОПМ «Кендыр»',
    ]);
  }, 60_000);
});
