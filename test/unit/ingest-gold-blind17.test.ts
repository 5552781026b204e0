import { describeGoldSet } from './gold-set-checks.ts';

// Six drug-crime releases of six regional police bodies in six writers' habits, annotated blind to the
// extractor. Measured round 5 of rules-ru 1.6.0 and a development set since round 6.
describeGoldSet('the 17-th blind measurement gold set', 'extract-blind17', { formats: ['txt'] });
