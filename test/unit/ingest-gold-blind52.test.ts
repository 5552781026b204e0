import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 52-th blind measurement gold set', 'extract-blind52', { formats: ['txt'] });
