import { describeGoldSet } from './gold-set-checks.ts';
// Six drug-crime releases by bodies other than a regional police department, annotated blind to the extractor.
describeGoldSet('the 22-th blind measurement gold set', 'extract-blind22', { formats: ['txt'] });
