import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 56-th blind measurement gold set', 'extract-blind56', { formats: ['txt'] });
