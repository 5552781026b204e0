import { describeGoldSet } from './gold-set-checks.ts';

// Six drug-crime releases (Kostanay, ВКО, Pavlodar, Ұлытау, ЗКО, Shymkent) written and annotated blind.
// Measured round 6 of rules-ru 1.6.0 and a development set since round 7.
describeGoldSet('the 20-th blind measurement gold set', 'extract-blind20', { formats: ['txt'] });
