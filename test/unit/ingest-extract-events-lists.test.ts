// Events, third round: regions listed by their adjectives before one plural «областях», an operation held
// in every place of such a list, a headline's operation placed by its later sentence, and a national body
// named with «РК» inside its name («Агентства РК по финансовому мониторингу»). The real extractor runs on a
// development text (test/fixtures/extract-dev/events-16: invented people, real bodies and places).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, facts } from '../helpers/extract-dev.ts';

describe('regions listed before one plural head (events-16)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-16-region-list-afm-south');
  }, 60_000);

  it('reads each adjective of the list as its region, linked to the graph', () => {
    const regions = draft.entities.filter((e) => e.label === 'Region');
    for (const name of ['Кызылординская область', 'Туркестанская область', 'Жамбылская область'])
      expect(regions.find((r) => r.name === name)?.existingId).toBeTruthy();
  });

  it('places the operation in every place of the list, stated, and not in the dateline city', () => {
    const places = facts(draft, 'OCCURRED_IN').filter((f) => f.from === 'ОПМ «Көкнәр-Оңтүстік»');
    expect(places.map((f) => f.to).sort()).toEqual([
      'Жамбылская область',
      'Кызылординская область',
      'Туркестанская область',
      'Шымкент',
    ]);
    expect(places.every((f) => f.inferred === false)).toBe(true);
  });

  it('places each seizure of «в Туркестанской (410 кг) и Кызылординской (220 кг) областях» in its region', () => {
    const seizures = facts(draft, 'OCCURRED_IN').filter((f) => f.from?.startsWith('Изъятие'));
    expect(seizures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'Изъятие 410 кг', to: 'Туркестанская область', inferred: false }),
        expect.objectContaining({ from: 'Изъятие 220 кг', to: 'Кызылординская область', inferred: false }),
      ]),
    );
  });

  it('reads «Агентства РК по финансовому мониторингу» as the agency, parent of the department before it', () => {
    expect(facts(draft, 'PART_OF')).toContainEqual(
      expect.objectContaining({
        from: 'Департамент экономических расследований по Туркестанской области',
        to: 'Агентство Республики Казахстан по финансовому мониторингу',
        inferred: false,
      }),
    );
  });
});
