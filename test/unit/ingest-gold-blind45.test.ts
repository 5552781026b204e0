import { describeGoldSet } from './gold-set-checks.ts';
// Blind set 45: six releases of bodies other than the regional police (prosecutor, KNB, AFM, border, akimat, education).
describeGoldSet('the 45-th blind measurement gold set', 'extract-blind45', { formats: ['txt'] });
