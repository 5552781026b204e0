import { describeGoldSet } from './gold-set-checks.ts';
// Regional police departments (ДП Жамбылской, Павлодарской, Карагандинской, Костанайской, СКО, Алматинской областей), written blind.
describeGoldSet('the 29-th blind measurement gold set', 'extract-blind29', { formats: ['txt'] });
