import { describeGoldSet } from './gold-set-checks.ts';
// Six city and district police releases (Almaty, Astana, Shymkent, Semey, Uralsk, Tselinograd), written blind.
describeGoldSet('the 47-th blind measurement gold set', 'extract-blind47', { formats: ['txt'] });
