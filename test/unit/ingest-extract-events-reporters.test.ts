// Events, fourth round: bodies named near a seizure or a cut that did not do it. A communications service that
// hosts a briefing («Выступая в региональной службе коммуникаций, …») seizes nothing, neither as the
// sentence's subject nor carried over from the sentence before; a body that tells («Департамент КНБ …
// сообщает, что сотрудниками ДП … пресечён канал») is the source, and the body after it did the work; an
// officer who tells («По словам начальника УПН ДП …, изъято …») reports his own body's work. The real
// extractor runs on development texts (test/fixtures/extract-dev/events-26..27: invented people, real places
// and bodies).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

const DP = 'Департамент полиции Северо-Казахстанской области';

describe('briefings and reporting bodies (events-26)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-26-briefing-and-reporter-north');
  }, 60_000);

  it('gives a seizure told at a briefing to the police, not to the service hosting it', () => {
    expect(facts(draft, 'SEIZED').map((f) => [f.from, f.to])).toEqual([[DP, 'Изъятие 640 кг марихуаны']]);
  });

  it('gives the channel of the sentence after the briefing to the police, inferred', () => {
    const cut = facts(draft, 'DISRUPTED').filter(
      (f) => f.to === 'Канал поставки гашиша из Алматы в Петропавловск',
    );
    expect(cut.map((f) => [f.from, f.inferred])).toEqual([[DP, true]]);
  });

  it('reads the body that reports as the source and the one after it, with its partner, as stated agents', () => {
    const cut = facts(draft, 'DISRUPTED').filter((f) => f.to?.startsWith('Канал контрабанды'));
    expect(cut.map((f) => [f.from, f.inferred]).sort()).toEqual([
      ['Департамент государственных доходов по Северо-Казахстанской области', false],
      [DP, false],
    ]);
    expect(cut.some((f) => f.from === 'Департамент КНБ по Северо-Казахстанской области')).toBe(false);
  });
});

describe('the body of the officer who tells (events-27)', () => {
  it('gives a seizure told in a directorate head’s words to his directorate, inferred, with a basis', async () => {
    const draft = await extractDev('events-27-speaker-directorate-pavlodar');
    const seized = draft.relationships.filter((r) => r.type === 'SEIZED');
    expect(facts(draft, 'SEIZED').map((f) => [f.from, f.inferred])).toEqual([
      ['Управление по противодействию наркопреступности Департамента полиции Павлодарской области', true],
    ]);
    expect(seized[0]?.basis).toMatch(/words of this body's officer/);
    expect(seized[0]?.basisRu).toMatch(/слова сотрудника этого органа/);
  }, 60_000);

  it('keeps the release’s police body when the one who tells is an akim', async () => {
    const draft = await extractInline(
      'Павлодар, 8 июля 2025 года\n' +
        'Департамент полиции Павлодарской области подвёл итоги полугодия.\n' +
        'Как сообщил аким Павлодарской области Асан Кенжебеков, за полгода изъято 52 кг гашиша.\n',
    );
    expect(facts(draft, 'SEIZED').map((f) => f.from)).toEqual(['Департамент полиции Павлодарской области']);
  }, 60_000);
});
