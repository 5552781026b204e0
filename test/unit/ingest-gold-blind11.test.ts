import { describeGoldSet } from './gold-set-checks.ts';

// The eleventh blind measurement set (test/fixtures/extract-blind11/README.md): core releases of six bodies, annotated
// without opening the extractor or the other gold sets; measured the third round of rules-ru 1.5.0 and a development set since.
describeGoldSet('the eleventh blind measurement gold set', 'extract-blind11', { formats: ['txt'] });
