import { describeGoldSet } from './gold-set-checks.ts';

// Six drug-crime releases told by bodies other than a regional police department, annotated blind to the
// extractor. Measured round 5 of rules-ru 1.6.0 and a development set since round 6.
describeGoldSet('the 16-th blind measurement gold set', 'extract-blind16', { formats: ['txt'] });
