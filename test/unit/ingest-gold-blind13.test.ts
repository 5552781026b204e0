import { describeGoldSet } from './gold-set-checks.ts';

// The thirteenth blind measurement set (test/fixtures/extract-blind13/README.md): core police drug-crime
// releases — a board meeting, a drug lab, an ОПМ «Мак» stage, an online-sales briefing, a city УПН month and
// an interagency commission — annotated without opening the extractor or the other gold sets; measured rules-
// ru 1.5.0 and a development set since round 5 (1.6.0).
describeGoldSet('the thirteenth blind measurement gold set', 'extract-blind13', { formats: ['txt'] });
