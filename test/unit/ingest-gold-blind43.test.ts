import { describeGoldSet } from './gold-set-checks.ts';
// Six mixed releases (КПН year on synthetics, transport police couriers, Mangystau sea route, Ұлытау board, Akmola verdict, Shymkent briefing), written blind to the extractor.
// Measured rules-ru 1.7.0 blind; a development set since round 10.
describeGoldSet('the 43-th blind measurement gold set', 'extract-blind43', { formats: ['txt'] });
