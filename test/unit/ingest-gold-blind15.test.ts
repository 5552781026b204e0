import { describeGoldSet } from './gold-set-checks.ts';

// Six releases of regional police departments on drug crime, annotated by hand without seeing the extractor.
// Measured round 5 of rules-ru 1.6.0 and a development set since round 6.
describeGoldSet('the 15th blind measurement gold set', 'extract-blind15', { formats: ['txt'] });
