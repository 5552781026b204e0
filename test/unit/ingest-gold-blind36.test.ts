import { describeGoldSet } from './gold-set-checks.ts';
// Six releases written blind (police bodies of Kostanay, Kyzylorda, Abai, Jetisu, North Kazakhstan, Aktobe), varied writers' habits.
// Measured rules-ru 1.7.0 blind; a development set since round 10.
describeGoldSet('the 36-th blind measurement gold set', 'extract-blind36', { formats: ['txt'] });
