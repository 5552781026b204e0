import { describeGoldSet } from './gold-set-checks.ts';
// Six drug-crime releases by bodies other than a regional police department, annotated blind to the extractor.
// Measured rules-ru 1.6.0 (round 7) blind; a development set since round 8 (1.7.0).
describeGoldSet('the 22-th blind measurement gold set', 'extract-blind22', { formats: ['txt'] });
