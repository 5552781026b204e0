// Events, fourth round: a digest's paragraph that opens with a place alone («Экибастуз. У жителя … изъято …»,
// «г. Аксу. …») puts its seizure there (inferred, with a basis), and a city's police body named in another
// paragraph is no agent of that episode; a seizure «в областном центре» is in the region's capital, as the
// sentence's city body or the dateline names it. The real extractor runs on a development text
// (test/fixtures/extract-dev/events-20, -24: invented people, real places and bodies).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

describe('a digest paragraph opened by its place (events-20)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-20-digest-paragraph-places-pavlodar');
  }, 60_000);

  it('puts each seizure in the town its paragraph opens with, inferred, with a basis in both languages', () => {
    const places = draft.relationships.filter(
      (r) => r.type === 'OCCURRED_IN' && draft.entities.find((e) => e.ref === r.from)?.label === 'Seizure',
    );
    expect(facts(draft, 'OCCURRED_IN').map((f) => [f.from, f.to])).toEqual(
      expect.arrayContaining([
        ['Изъятие 1,2 кг марихуаны', 'Экибастуз'],
        ['Изъятие 300 граммов гашиша', 'Аксу'],
      ]),
    );
    expect(places).toHaveLength(2);
    for (const r of places) {
      expect(r.inferred).toBe(true);
      expect(r.basis).toMatch(/paragraph opens with this place/);
      expect(r.basisRu).toMatch(/Абзац начинается/);
      expect(draft.source.text.slice(r.start, r.end)).toBe(r.quote);
    }
  });

  it('gives the Aksu office the Aksu seizure and not the one in Ekibastuz', () => {
    expect(facts(draft, 'SEIZED')).toEqual([
      expect.objectContaining({ from: 'Отдел полиции города Аксу', to: 'Изъятие 300 граммов гашиша' }),
    ]);
  });

  it('takes a lead ended by a full stop, and none from a sentence about a city', async () => {
    const seizurePlaces = async (paragraph: string) =>
      facts(await extractInline(`Сводка.\n${paragraph}`), 'OCCURRED_IN')
        .filter((f) => f.from?.startsWith('Изъятие'))
        .map((f) => f.to);
    expect(await seizurePlaces('Актобе. У курьера изъято 2 кг гашиша.')).toEqual(['Актобе']);
    expect(await seizurePlaces('Актобе — крупный транспортный узел. У курьера изъято 2 кг гашиша.')).toEqual(
      [],
    );
  });
});

describe('a seizure «в областном центре»', () => {
  const places = async (text: string) => {
    const draft = await extractInline(text);
    return draft.relationships
      .filter(
        (r) => r.type === 'OCCURRED_IN' && draft.entities.find((e) => e.ref === r.from)?.label === 'Seizure',
      )
      .map((r) => [draft.entities.find((e) => e.ref === r.to)?.name, r.inferred, r.basisRu]);
  };

  it('is in the dateline’s city of a regional release (events-24)', async () => {
    const draft = await extractDev('events-24-regional-centre-kostanay');
    expect(facts(draft, 'OCCURRED_IN')).toContainEqual(
      expect.objectContaining({ to: 'Костанай', inferred: true }),
    );
    // The Rudny office named later is no fallback agent of an episode in the regional capital.
    expect(facts(draft, 'SEIZED')).toEqual([
      expect.objectContaining({ from: 'Отдел полиции города Рудного', to: 'Изъятие 1,3 кг марихуаны' }),
    ]);
  }, 60_000);

  it('is in the city of the body its sentence names, by inference', async () => {
    expect(
      await places(
        'В ДП Павлодарской области подвели итоги недели. В областном центре сотрудниками УП города Павлодара у закладчика изъято 40 граммов мефедрона.',
      ),
    ).toEqual([['Павлодар', true, expect.stringMatching(/центр области/)]]);
  });

  it('is in the dateline’s city when that city is in the release’s region', async () => {
    expect(
      await places(
        'Павлодар, 3 ноября 2025 года\nПолицейские Павлодарской области задержали двух курьеров. Кроме того, в областном центре у закладчика изъято 40 граммов мефедрона.',
      ),
    ).toEqual([['Павлодар', true, expect.stringMatching(/центр области/)]]);
  });

  it('is not a city from another region', async () => {
    const found = await places(
      'Астана, 3 ноября 2025 года\nПолицейские Павлодарской области подвели итоги. В областном центре у закладчика изъято 40 граммов мефедрона.',
    );
    expect(found.map((f) => f[0])).not.toContain('Астана');
  });
});
