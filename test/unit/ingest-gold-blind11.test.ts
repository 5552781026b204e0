import { describeGoldSet } from './gold-set-checks.ts';

// The eleventh blind measurement set (test/fixtures/extract-blind11/README.md): core releases of six bodies, annotated
// without opening the extractor or the other gold sets, and never tuned on.
describeGoldSet('the eleventh blind measurement gold set', 'extract-blind11', { formats: ['txt'] });
