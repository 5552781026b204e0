import { describeGoldSet } from './gold-set-checks.ts';

// The ninth blind measurement set (test/fixtures/extract-blind9/README.md): a short news item, a weekly digest,
// an akimat commission, district personnel changes, a list of results and an interview, annotated
// without opening the extractor or the other gold sets; measured rules-ru 1.4.0 and a development set since.
describeGoldSet('the ninth blind measurement gold set', 'extract-blind9', {
  formats: ['txt'],
});
