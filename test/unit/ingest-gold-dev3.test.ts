import { describeGoldSet } from './gold-set-checks.ts';

// The third development set (test/fixtures/extract-dev3/README.md): annotated without opening the extractor
// or the other gold sets; the tuners read its scores. Only its soundness is checked here.
describeGoldSet('the third development gold set', 'extract-dev3', {
  formats: ['txt'],
  others: ['ingest', 'ingest-holdout', 'extract-dev2', 'extract-blind', 'extract-blind2'],
});
