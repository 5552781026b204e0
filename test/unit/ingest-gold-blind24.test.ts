import { describeGoldSet } from './gold-set-checks.ts';
// Six regional police releases (Akmola, Kyzylorda, Turkistan, East Kazakhstan, Atyrau, Ulytau), annotated blind.
describeGoldSet('the 24-th blind measurement gold set', 'extract-blind24', { formats: ['txt'] });
