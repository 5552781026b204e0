import { describeGoldSet } from './gold-set-checks.ts';
// Six city and district police releases (Almaty, Astana, Shymkent, Zhezkazgan, Ridder, Stepnogorsk), annotated blind.
describeGoldSet('the 37-th blind measurement gold set', 'extract-blind37', { formats: ['txt'] });
