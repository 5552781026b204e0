import { describeGoldSet } from './gold-set-checks.ts';

// Six drug-crime releases by bodies other than a regional police department, annotated blind to the
// extractor. Measured round 6 of rules-ru 1.6.0 and a development set since round 7.
describeGoldSet('the 19-th blind measurement gold set', 'extract-blind19', { formats: ['txt'] });
