import { describeGoldSet } from './gold-set-checks.ts';
// Six drug-crime releases of six regional police bodies in six writers' habits, annotated blind to the extractor.
describeGoldSet('the 17-th blind measurement gold set', 'extract-blind17', { formats: ['txt'] });
