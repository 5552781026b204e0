import { describeGoldSet } from './gold-set-checks.ts';

// The fourth blind measurement set (test/fixtures/extract-blind4/README.md): other kinds of release than the
// earlier sets, annotated without opening the extractor or the other gold sets, measured rules-ru 1.3.0, tuned on since 1.4.0.
describeGoldSet('the fourth blind measurement gold set', 'extract-blind4', {
  formats: ['txt'],
  others: [
    'ingest',
    'ingest-holdout',
    'extract-dev2',
    'extract-dev3',
    'extract-blind',
    'extract-blind2',
    'extract-blind3',
  ],
});
