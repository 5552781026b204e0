import { describeGoldSet } from './gold-set-checks.ts';
// Six releases of regional police departments on drug crime, annotated by hand without seeing the extractor.
describeGoldSet('the 15th blind measurement gold set', 'extract-blind15', { formats: ['txt'] });
