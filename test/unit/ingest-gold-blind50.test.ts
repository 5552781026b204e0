import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 50-th blind measurement gold set', 'extract-blind50', { formats: ['txt'] });
