import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 58-th blind measurement gold set', 'extract-blind58', { formats: ['txt'] });
