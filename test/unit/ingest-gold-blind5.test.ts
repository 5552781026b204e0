import { describeGoldSet } from './gold-set-checks.ts';

// The fifth blind measurement set (test/fixtures/extract-blind5/README.md): the core of the genre (collegium,
// city report, ОПМ stage, prosecutor's interagency meeting, report to the population, republican ОПМ summary),
// annotated without opening the extractor or the other gold sets, measured the first round of rules-ru 1.4.0 and a development set since.
describeGoldSet('the fifth blind measurement gold set', 'extract-blind5', {
  formats: ['txt'],
});
