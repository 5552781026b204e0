import { describeGoldSet } from './gold-set-checks.ts';

// The eighth blind measurement set (test/fixtures/extract-blind8/README.md): a regional meeting, a city quarter, an ОПМ stage, a prosecutor's interagency meeting, a district report and a republican operation, annotated
// without opening the extractor or the other gold sets; measured rules-ru 1.4.0 and a development set since.
describeGoldSet('the eighth blind measurement gold set', 'extract-blind8', {
  formats: ['txt'],
});
