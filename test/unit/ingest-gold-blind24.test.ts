import { describeGoldSet } from './gold-set-checks.ts';
// Six regional police releases (Akmola, Kyzylorda, Turkistan, East Kazakhstan, Atyrau, Ulytau), annotated blind.
// Measured round 8 of rules-ru 1.7.0 blind; a development set since round 9.
describeGoldSet('the 24-th blind measurement gold set', 'extract-blind24', { formats: ['txt'] });
