import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 54-th blind measurement gold set', 'extract-blind54', { formats: ['txt'] });
