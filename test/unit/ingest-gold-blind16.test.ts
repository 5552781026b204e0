import { describeGoldSet } from './gold-set-checks.ts';
// Six drug-crime releases told by bodies other than a regional police department, annotated blind to the extractor.
describeGoldSet('the 16-th blind measurement gold set', 'extract-blind16', { formats: ['txt'] });
