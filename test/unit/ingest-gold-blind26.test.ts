import { describeGoldSet } from './gold-set-checks.ts';
// Six blind releases of the west and east (ЗКО, Актобе, Мангистау, Жетісу, Абай, Алматы), one writer's habit each.
// Measured round 8 of rules-ru 1.7.0 blind; a development set since round 9.
describeGoldSet('the 26-th blind measurement gold set', 'extract-blind26', { formats: ['txt'] });
