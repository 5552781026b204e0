import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 49-th blind measurement gold set', 'extract-blind49', { formats: ['txt'] });
