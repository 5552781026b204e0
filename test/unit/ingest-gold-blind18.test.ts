import { describeGoldSet } from './gold-set-checks.ts';

// Six drug-crime releases of regional police departments (Abai, Jambyl, Almaty Region, Atyrau, SKO,
// Kyzylorda), annotated blind. Measured round 6 of rules-ru 1.6.0 and a development set since round 7.
describeGoldSet('the 18-th blind measurement gold set', 'extract-blind18', { formats: ['txt'] });
