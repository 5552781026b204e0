import { describeGoldSet } from './gold-set-checks.ts';
// Six blind-written regional drug-police releases (Karaganda, Kostanay, Akmola, Turkistan, Mangystau, Almaty).
// Measured rules-ru 1.6.0 (round 7) blind; a development set since round 8 (1.7.0).
describeGoldSet('the 21st blind measurement gold set', 'extract-blind21', { formats: ['txt'] });
