import { describeGoldSet } from './gold-set-checks.ts';

// The tenth blind measurement set (test/fixtures/extract-blind10/README.md): core police drug-crime releases,
// annotated without opening the extractor or the other gold sets, and never tuned on.
describeGoldSet('the tenth blind measurement gold set', 'extract-blind10', { formats: ['txt'] });
