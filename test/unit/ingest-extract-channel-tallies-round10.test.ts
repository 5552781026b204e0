// Round 10, part X: channel tallies told with last year's level in brackets between the number and the word
// («Пресечено 14 (9) каналов поставки»), and by an ordinal with a word between it and the channel («третий
// пресечённый канал», «четвёртый подобный канал») whose time may open the clause («С начала года это уже …»).
// Runs the real extractor on test/fixtures/extract-dev/figures-10-channel-tallies-pavlodar.txt (invented people,
// real bodies and places; it says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { entitiesOf, extractDev, extractInline } from '../helpers/extract-dev.ts';

describe('channel tallies, round 10', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('figures-10-channel-tallies-pavlodar');
  });

  it('reads a tally with its level in brackets before the word', () => {
    expect(entitiesOf(draft, 'SupplyChannel')).toContainEqual(
      expect.objectContaining({ count: 6, previousValue: 4, direction: 'up' }),
    );
  });

  it('reads an ordinal with a word between it and the channel, the time opening the clause', () => {
    expect(entitiesOf(draft, 'SupplyChannel').map((c) => c.count)).toContain(5);
  });

  it('reads an ordinal with an adjective and the time after the channel', async () => {
    const inline = await extractInline(
      'Полицейские ДП Павлодарской области пресекли канал поставки гашиша из Шымкента в Павлодар. «Это уже четвёртый подобный канал, пресечённый с начала года», – сообщил Даурен Жумабаев.',
    );
    expect(entitiesOf(inline, 'SupplyChannel').map((c) => c.count)).toContain(4);
  });

  it('leaves an ordinal with an adjective and no time since alone', () => {
    expect(entitiesOf(draft, 'SupplyChannel').map((c) => c.count)).not.toContain(2);
  });

  it('reads no tally from a lone number in brackets', async () => {
    const inline = await extractInline(
      'Полицейские ДП Павлодарской области пресекли (1) канал поставки гашиша из Шымкента в Павлодар.',
    );
    expect(entitiesOf(inline, 'SupplyChannel').map((c) => c.count)).not.toContain(2);
  });
});
