import { describeGoldSet } from './gold-set-checks.ts';

// The fourteenth blind measurement set (test/fixtures/extract-blind14/README.md): six core releases, each by
// another body and region, annotated without opening the extractor or the other gold sets; measured rules-ru
// 1.5.0 and a development set since round 5.
describeGoldSet('the fourteenth blind measurement gold set', 'extract-blind14', { formats: ['txt'] });
