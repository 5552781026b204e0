import { describeGoldSet } from './gold-set-checks.ts';

// The second blind measurement set (test/fixtures/extract-blind2/README.md): annotated without opening the
// extractor or the other gold sets, and never tuned on. Only its soundness is checked here.
describeGoldSet('the second blind measurement gold set', 'extract-blind2', {
  formats: ['txt'],
  others: ['ingest', 'ingest-holdout', 'extract-dev2', 'extract-dev3', 'extract-blind'],
});
