import { describeGoldSet } from './gold-set-checks.ts';
// Six national and transport-level releases (MVD, КПН, Генпрокуратура, transport police), annotated blind.
describeGoldSet('the 27-th blind measurement gold set', 'extract-blind27', { formats: ['txt'] });
