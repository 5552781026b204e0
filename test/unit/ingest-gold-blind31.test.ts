import { describeGoldSet } from './gold-set-checks.ts';
// Six releases of bodies other than the police (prosecutor, ДКНБ, customs, АФМ, akimat, health), annotated blind.
// Measured round 8 and round 9's tuners of rules-ru 1.7.0 blind; a development set since the lead's alignment.
describeGoldSet('the 31st blind measurement gold set', 'extract-blind31', { formats: ['txt'] });
