import { describeGoldSet } from './gold-set-checks.ts';

// The sixth blind measurement set (test/fixtures/extract-blind6/README.md): an appointment, a prosecutor's
// check, an AFM crypto case, a KNB border channel, a customs seizure and a results meeting, annotated
// without opening the extractor or the other gold sets, measured the first round of rules-ru 1.4.0 and a development set since.
describeGoldSet('the sixth blind measurement gold set', 'extract-blind6', {
  formats: ['txt'],
});
