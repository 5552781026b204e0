import { describeGoldSet } from './gold-set-checks.ts';
// Six releases of bodies other than the police (prosecutor, ДКНБ, customs, АФМ, akimat, health), annotated blind.
describeGoldSet('the 31st blind measurement gold set', 'extract-blind31', { formats: ['txt'] });
