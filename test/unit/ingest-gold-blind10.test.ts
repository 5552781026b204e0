import { describeGoldSet } from './gold-set-checks.ts';

// The tenth blind measurement set (test/fixtures/extract-blind10/README.md): core police drug-crime releases,
// annotated without opening the extractor or the other gold sets; measured the third round of rules-ru 1.5.0
// and a development set since.
describeGoldSet('the tenth blind measurement gold set', 'extract-blind10', { formats: ['txt'] });
