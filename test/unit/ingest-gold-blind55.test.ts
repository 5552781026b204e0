import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 55-th blind measurement gold set', 'extract-blind55', { formats: ['txt'] });
