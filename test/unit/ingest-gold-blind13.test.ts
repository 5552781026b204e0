import { describeGoldSet } from './gold-set-checks.ts';

// The thirteenth blind measurement set (test/fixtures/extract-blind13/README.md): core police drug-crime releases — a
// board meeting, a drug lab, an ОПМ «Мак» stage, an online-sales briefing, a city УПН month and an interagency
// commission — annotated without opening the extractor or the other gold sets, and never tuned on.
describeGoldSet('the thirteenth blind measurement gold set', 'extract-blind13', { formats: ['txt'] });
