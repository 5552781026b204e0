import { describeGoldSet } from './gold-set-checks.ts';

// The seventh blind measurement set (test/fixtures/extract-blind7/README.md): a short news item, a weekly digest, an
// akimat commission, appointments, an AFM list of figures and an interview, annotated
// without opening the extractor or the other gold sets, measured the first round of rules-ru 1.4.0 and a development set since.
describeGoldSet('the seventh blind measurement gold set', 'extract-blind7', {
  formats: ['txt'],
});
