import { describeGoldSet } from './gold-set-checks.ts';

// The fourteenth blind measurement set (test/fixtures/extract-blind14/README.md): six core releases, each by another body and region, annotated
// without opening the extractor or the other gold sets, and never tuned on.
describeGoldSet('the fourteenth blind measurement gold set', 'extract-blind14', { formats: ['txt'] });
