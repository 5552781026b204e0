import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 63-th blind measurement gold set', 'extract-blind63', { formats: ['txt'] });
