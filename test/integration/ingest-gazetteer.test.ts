import { describe, expect, it } from 'vitest';
import { createRulesRuExtractor } from '../../server/ingest/extract/rules-ru-extractor.ts';
import { loadDbGazetteer } from '../../server/ingest/gazetteer/db-gazetteer.ts';
import { loadSeedGazetteer } from '../../server/ingest/gazetteer/seed-gazetteer.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';

// Reads only: the run's database holds the seed graph, so the database gazetteer must match the seed's.
describe('the extractor gazetteer read from the database', () => {
  it('has every linkable seed node, with its aliases and neighbours', async () => {
    const fromDb = await loadDbGazetteer(testDriver(), testConnection().database);
    const seed = await loadSeedGazetteer();
    const ids = new Set(fromDb.map((e) => e.id));
    for (const entry of seed) expect(ids, entry.id).toContain(entry.id);
    const post = fromDb.find((e) => e.id === 'position:dp-sko-deputy-head');
    expect(post?.label).toBe('Position');
    expect(post?.context).toContain('agency:dp-north-kazakhstan');
    expect(fromDb.find((e) => e.id === 'agency:dp-north-kazakhstan')?.aliases).toContain('ДП СКО');
    expect(fromDb.some((e) => e.label === 'Source' || e.label === 'Seizure')).toBe(false);
  });

  it('links a release through it', async () => {
    const gazetteer = await loadDbGazetteer(testDriver(), testConnection().database);
    const draft = await createRulesRuExtractor().extract({
      text: 'Тестовый текст: заместитель начальника ДП СКО Нурлан Сапарұлы провёл совещание в присутствии Бауыржана Аленова.',
      publishedAt: '2025-03-01',
      gazetteer,
    });
    const linked = draft.entities.map((e) => e.existingId).filter(Boolean);
    expect(linked).toEqual(
      expect.arrayContaining(['agency:dp-north-kazakhstan', 'position:dp-sko-deputy-head', 'person:alenov']),
    );
  });
});
