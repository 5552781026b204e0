import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 61-th blind measurement gold set', 'extract-blind61', { formats: ['txt'] });
