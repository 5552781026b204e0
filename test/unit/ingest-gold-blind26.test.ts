import { describeGoldSet } from './gold-set-checks.ts';
// Six blind releases of the west and east (ЗКО, Актобе, Мангистау, Жетісу, Абай, Алматы), one writer's habit each.
describeGoldSet('the 26-th blind measurement gold set', 'extract-blind26', { formats: ['txt'] });
