import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 60-th blind measurement gold set', 'extract-blind60', { formats: ['txt'] });
