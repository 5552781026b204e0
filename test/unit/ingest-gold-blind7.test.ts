import { describeGoldSet } from './gold-set-checks.ts';

// The seventh blind measurement set (test/fixtures/extract-blind7/README.md): a short news item, a weekly digest, an
// akimat commission, appointments, an AFM list of figures and an interview, annotated
// without opening the extractor or the other gold sets, and never tuned on.
describeGoldSet('the seventh blind measurement gold set', 'extract-blind7', {
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
    'extract-blind6',
  ],
});
