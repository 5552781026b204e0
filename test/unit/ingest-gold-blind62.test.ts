import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 62-th blind measurement gold set', 'extract-blind62', { formats: ['txt'] });
