import { describeGoldSet } from './gold-set-checks.ts';

// The third blind measurement set (test/fixtures/extract-blind3/README.md): annotated without opening the
// extractor or the other gold sets, and never tuned on. Only its soundness is checked here.
describeGoldSet('the third blind measurement gold set', 'extract-blind3', {
  formats: ['txt'],
  others: ['ingest', 'ingest-holdout', 'extract-dev2', 'extract-dev3', 'extract-blind', 'extract-blind2'],
});
