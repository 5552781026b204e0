import { describeGoldSet } from './gold-set-checks.ts';
// Six releases by bodies other than the regional police (prosecutor, ДКНБ, АФМ, border service, akimat, schools), annotated blind.
describeGoldSet('the 35th blind measurement gold set', 'extract-blind35', { formats: ['txt'] });
