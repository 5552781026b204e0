import { describeGoldSet } from './gold-set-checks.ts';

// The fifth blind measurement set (test/fixtures/extract-blind5/README.md): the core of the genre (collegium,
// city report, ОПМ stage, prosecutor's interagency meeting, report to the population, republican ОПМ summary),
// annotated without opening the extractor or the other gold sets, and never tuned on.
describeGoldSet('the fifth blind measurement gold set', 'extract-blind5', {
  formats: ['txt'],
  others: [
    'ingest',
    'ingest-holdout',
    'extract-dev2',
    'extract-dev3',
    'extract-blind',
    'extract-blind2',
    'extract-blind3',
    'extract-blind4',
    'extract-blind6',
    'extract-blind7',
  ],
});
