import { describeGoldSet } from './gold-set-checks.ts';
// Six releases of regional police departments (Karaganda, East Kazakhstan, Kyzylorda, Almaty region, Kostanay, Abai), written blind.
// Measured rules-ru 1.7.0 blind; a development set since round 10.
describeGoldSet('the 39-th blind measurement gold set', 'extract-blind39', { formats: ['txt'] });
