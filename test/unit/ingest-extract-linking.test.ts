import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft, GazetteerEntry } from '../../server/ingest/draft.ts';
import { createRulesRuExtractor } from '../../server/ingest/extract/rules-ru-extractor.ts';
import { acronymOf } from '../../server/ingest/gazetteer/gazetteer-index.ts';
import { loadSeedGazetteer } from '../../server/ingest/gazetteer/seed-gazetteer.ts';
import { mergeGazetteers } from '../../server/ingest/gazetteer/db-gazetteer.ts';

// Sentences are test fixtures with invented people; places and bodies are real.
let gazetteer: GazetteerEntry[];
const extractor = createRulesRuExtractor();
beforeAll(async () => {
  gazetteer = await loadSeedGazetteer();
  await extractor.extract({ text: 'Разогрев.', gazetteer });
}, 60_000);

async function extract(
  text: string,
  publishedAt: string | null = '2025-03-01',
  entries = gazetteer,
): Promise<Draft> {
  return extractor.extract({ text, publishedAt, gazetteer: entries });
}

/** The id each mention's text links to (null for new entities). */
function linksOf(draft: Draft): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const e of draft.entities) for (const m of e.mentions) out[m.text!] = e.existingId;
  return out;
}

describe('linking to the gazetteer', () => {
  it('links abbreviations: ДП СКО, МВД РК, КНБ, КПН, ДП области', async () => {
    const draft = await extract(
      'Сотрудники ДП СКО, МВД РК и КНБ провели рейд. В работе участвовали представители КПН и ДП Жамбылской области.',
    );
    const links = linksOf(draft);
    expect(links['ДП СКО']).toBe('agency:dp-north-kazakhstan');
    expect(links['МВД РК']).toBe('agency:mvd');
    expect(links['КНБ']).toBe('agency:knb');
    expect(links['КПН']).toBe('agency:mvd-drug-committee');
    expect(links['ДП Жамбылской области']).toBe('agency:dp-jambyl');
  });

  it('links inflected forms of bodies, regions and cities', async () => {
    const draft = await extract(
      'Совместно с Департаментом КНБ по Карагандинской области пресечен канал поставки наркотиков из Шымкента в Астану.',
    );
    const links = linksOf(draft);
    expect(links['Департаментом КНБ по Карагандинской области']).toBe('agency:knb-karaganda');
    // A place named only inside a body's name is the body's, not a proposal of its own.
    expect(links).not.toHaveProperty(['Карагандинской области']);
    expect(links['Шымкента']).toBe('city:shymkent');
    // A channel leads into a region; Astana, a city of republican significance, is one.
    expect(links['Астану']).toBe('region:astana');
  });

  it('links a person written in the genitive, and proposes an unknown person as new', async () => {
    const draft = await extract(
      'Совещание прошло в присутствии Бауыржана Аленова. Выступил Ерлан Абдигалиулы.',
    );
    const alenov = draft.entities.find((e) => e.label === 'Person' && e.existingId === 'person:alenov');
    expect(alenov?.name).toBe('Бауыржан Аленов');
    const invented = draft.entities.find((e) => e.label === 'Person' && e.name === 'Ерлан Абдигалиулы');
    expect(invented?.existingId).toBeNull();
  });

  it('links a post through its body (context), and the same title in another body stays new', async () => {
    const draft = await extract(
      'Заместитель начальника ДП СКО Нурлан Сапарұлы и заместитель начальника ДП Павлодарской области Айдар Кусаинов.',
    );
    const posts = draft.entities.filter((e) => e.label === 'Position');
    expect(posts.find((p) => p.existingId === 'position:dp-sko-deputy-head')).toBeDefined();
    expect(
      posts.find((p) => p.name === 'Заместитель начальника ДП Павлодарской области')?.existingId,
    ).toBeNull();
  });

  it('matches Kazakh spellings of places through the folded letters', async () => {
    const draft = await extract('В области Жетісу и в Қостанай облысы прошли рейды.');
    const links = linksOf(draft);
    expect(links['области Жетісу']).toBe('region:jetisu');
    expect(links['Қостанай облысы']).toBe('region:kostanay');
  });

  it('gives a body tied to another region as new, with the known one as an alternative', async () => {
    const draft = await extract(
      'В Павлодарской области руководитель поручил службам областной полиции усилить работу.',
    );
    const services = draft.entities.find((e) => e.name.startsWith('Службы областной полиции'));
    expect(services?.existingId).toBeNull();
    expect(services?.alternatives?.[0]?.id).toBe('agency:regional-police-services');
  });

  it('prefers entries read from the database over the seed for the same id', () => {
    const fromDb: GazetteerEntry = {
      id: 'person:alenov',
      label: 'Person',
      name: 'Бауыржан Аленов',
      aliases: ['Б. Аленов'],
    };
    const merged = mergeGazetteers([fromDb], gazetteer);
    expect(merged.filter((e) => e.id === 'person:alenov')).toEqual([fromDb]);
  });

  it('derives acronyms of national bodies only', () => {
    expect(acronymOf('Комитет по противодействию наркопреступности МВД Республики Казахстан')).toBe('КПН');
    expect(acronymOf('Департамент полиции Жамбылской области')).toBeNull();
  });
});
