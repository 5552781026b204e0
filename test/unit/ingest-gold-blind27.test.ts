import { describeGoldSet } from './gold-set-checks.ts';
// Six national and transport-level releases (MVD, КПН, Генпрокуратура, transport police), annotated blind.
// Measured round 8 of rules-ru 1.7.0 blind; a development set since round 9.
describeGoldSet('the 27-th blind measurement gold set', 'extract-blind27', { formats: ['txt'] });
