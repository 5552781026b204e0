import { describeGoldSet } from './gold-set-checks.ts';
// Six drug-crime releases of regional police departments (Abai, Jambyl, Almaty Region, Atyrau, SKO, Kyzylorda), annotated blind.
describeGoldSet('the 18-th blind measurement gold set', 'extract-blind18', { formats: ['txt'] });
