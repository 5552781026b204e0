import { describeGoldSet } from './gold-set-checks.ts';

// The blind measurement set (test/fixtures/extract-blind/README.md): annotated without opening the extractor
// or the other gold sets, to measure the extractor once. Only its soundness is checked here.
describeGoldSet('the blind measurement gold set', 'extract-blind', {
  formats: ['txt'],
  others: ['ingest', 'ingest-holdout', 'extract-dev2'],
});
