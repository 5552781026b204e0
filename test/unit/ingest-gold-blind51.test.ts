import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 51st blind measurement gold set', 'extract-blind51', { formats: ['txt'] });
