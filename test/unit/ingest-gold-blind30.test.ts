import { describeGoldSet } from './gold-set-checks.ts';
// Blind set 30: the three republican cities' police departments and district police, written without the extractor.
describeGoldSet('the 30-th blind measurement gold set', 'extract-blind30', { formats: ['txt'] });
