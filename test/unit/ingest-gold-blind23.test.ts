import { describeGoldSet } from './gold-set-checks.ts';
// Six drug-crime releases of six regions in six writers' habits, annotated blind to the extractor.
// Measured rules-ru 1.6.0 (round 7) blind; a development set since round 8 (1.7.0).
describeGoldSet('the 23-th blind measurement gold set', 'extract-blind23', { formats: ['txt'] });
