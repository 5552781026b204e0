import { expect, it } from 'vitest';
import { ENTITY_LABELS } from '../../vocabulary/index.ts';
import { describeGoldSet } from './gold-set-checks.ts';

// The held-out gold set (docs/ingestion.md, "The held-out set"): written apart from the extractor's tuning,
// so these tests check only that it is sound and scorable, never how any extractor does on it.
describeGoldSet(
  'the held-out gold set',
  'ingest-holdout',
  { formats: ['txt', 'html'], others: ['ingest', 'extract-dev2'] },
  (all) => {
    it('covers the genre: every contract label, former posts with dates, deadlines, figures of every kind', () => {
      const cases = all();
      const entities = cases.flatMap((c) => c.gold.entities);
      const relationships = cases.flatMap((c) => c.gold.relationships);
      const labels = new Set(entities.map((e) => e.label));
      for (const label of ENTITY_LABELS) {
        expect(labels, label).toContain(label);
      }
      const former = relationships.filter((r) => r.type === 'HOLDS' && r.properties.current === false);
      expect(
        former.filter((r) => r.properties.validFrom && r.properties.validTo).length,
      ).toBeGreaterThanOrEqual(3);
      expect(relationships.filter((r) => r.type === 'COOPERATES_WITH').length).toBeGreaterThanOrEqual(3);
      expect(relationships.some((r) => r.type === 'CONDUCTED_BY')).toBe(true);
      expect(entities.filter((e) => typeof e.properties.deadline === 'string').length).toBeGreaterThanOrEqual(
        3,
      );
      const props = entities.map((e) => e.properties);
      expect(props.some((p) => p.changeUnit === 'times')).toBe(true);
      expect(props.some((p) => p.changeUnit === '%' && typeof p.change === 'number' && p.change < 0)).toBe(
        true,
      );
      expect(props.some((p) => p.amountKg === 2000)).toBe(true); // «свыше 2 тонн»
      expect(props.some((p) => p.amountKg === 3.2)).toBe(true); // «3 кг 200 г»
      expect(props.some((p) => p.value === 300000)).toBe(true); // «более 300 тыс. тенге»
    });
  },
);
