import { describeGoldSet } from './gold-set-checks.ts';
// Six drug-crime releases of six regions in six writers' habits, annotated blind to the extractor.
describeGoldSet('the 23-th blind measurement gold set', 'extract-blind23', { formats: ['txt'] });
