import { describeGoldSet } from './gold-set-checks.ts';

// The second blind measurement set (test/fixtures/extract-blind2/README.md): annotated without opening the
// extractor or the other gold sets, measured rules-ru 1.3.0, tuned on since 1.4.0. Only its soundness is checked here.
describeGoldSet('the second blind measurement gold set', 'extract-blind2', {
  formats: ['txt'],
  others: ['ingest', 'ingest-holdout', 'extract-dev2', 'extract-dev3', 'extract-blind'],
});
