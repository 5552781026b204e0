import { describeGoldSet } from './gold-set-checks.ts';
// Six regional ДП releases (Atyrau, Jambyl, Karaganda, SKO, Turkistan, Mangystau), annotated blind.
describeGoldSet('the 44-th blind measurement gold set', 'extract-blind44', { formats: ['txt'] });
