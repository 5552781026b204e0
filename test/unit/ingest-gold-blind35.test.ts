import { describeGoldSet } from './gold-set-checks.ts';
// Six releases by bodies other than the regional police (prosecutor, ДКНБ, АФМ, border service, akimat, schools), annotated blind.
// Measured rules-ru 1.7.0 blind; a development set since round 10.
describeGoldSet('the 35th blind measurement gold set', 'extract-blind35', { formats: ['txt'] });
