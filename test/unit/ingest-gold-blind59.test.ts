import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 59-th blind measurement gold set', 'extract-blind59', { formats: ['txt'] });
