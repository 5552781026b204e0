import { describeGoldSet } from './gold-set-checks.ts';
// Six drug-crime releases (Kostanay, ВКО, Pavlodar, Ұлытау, ЗКО, Shymkent) written and annotated blind.
describeGoldSet('the 20-th blind measurement gold set', 'extract-blind20', { formats: ['txt'] });
