import { describeGoldSet } from './gold-set-checks.ts';
// Six releases written blind (police bodies of Kostanay, Kyzylorda, Abai, Jetisu, North Kazakhstan, Aktobe), varied writers' habits.
describeGoldSet('the 36-th blind measurement gold set', 'extract-blind36', { formats: ['txt'] });
