import { describeGoldSet } from './gold-set-checks.ts';

// The blind development set (test/fixtures/extract-dev2/README.md): annotated without opening the extractor
// or the other gold sets. Only its soundness is checked here; the tuner reads its scores.
describeGoldSet('the blind development gold set', 'extract-dev2', {
  formats: ['txt'],
  others: ['ingest', 'ingest-holdout'],
});
