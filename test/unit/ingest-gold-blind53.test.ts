import { describeGoldSet } from './gold-set-checks.ts';

describeGoldSet('the 53rd blind measurement gold set', 'extract-blind53', { formats: ['txt'] });
