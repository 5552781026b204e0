import { describeGoldSet } from './gold-set-checks.ts';
// Regional police departments (ДП Жамбылской, Павлодарской, Карагандинской, Костанайской, СКО, Алматинской областей), written blind.
// Measured round 8 and round 9's tuners of rules-ru 1.7.0 blind; a development set since the lead's alignment.
describeGoldSet('the 29-th blind measurement gold set', 'extract-blind29', { formats: ['txt'] });
