import { describeGoldSet } from './gold-set-checks.ts';
// Six mixed releases (КПН year on synthetics, transport police couriers, Mangystau sea route, Ұлытау board, Akmola verdict, Shymkent briefing), written blind to the extractor.
describeGoldSet('the 43-th blind measurement gold set', 'extract-blind43', { formats: ['txt'] });
