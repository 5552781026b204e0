import { describeGoldSet } from './gold-set-checks.ts';

// The sixth blind measurement set (test/fixtures/extract-blind6/README.md): an appointment, a prosecutor's
// check, an AFM crypto case, a KNB border channel, a customs seizure and a results meeting, annotated
// without opening the extractor or the other gold sets, and never tuned on.
describeGoldSet('the sixth blind measurement gold set', 'extract-blind6', {
  formats: ['txt'],
  others: [
    'ingest',
    'ingest-holdout',
    'extract-dev2',
    'extract-dev3',
    'extract-blind',
    'extract-blind2',
    'extract-blind3',
    'extract-blind4',
    'extract-blind5',
    'extract-blind7',
  ],
});
