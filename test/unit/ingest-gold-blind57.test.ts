import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 57-th blind measurement gold set', 'extract-blind57', { formats: ['txt'] });
