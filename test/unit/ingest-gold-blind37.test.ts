import { describeGoldSet } from './gold-set-checks.ts';
// Six city and district police releases (Almaty, Astana, Shymkent, Zhezkazgan, Ridder, Stepnogorsk), annotated blind.
// Measured rules-ru 1.7.0 blind; a development set since round 10.
describeGoldSet('the 37-th blind measurement gold set', 'extract-blind37', { formats: ['txt'] });
