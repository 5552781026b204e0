import { describeGoldSet } from './gold-set-checks.ts';
// Blind set 30: the three republican cities' police departments and district police, written without the extractor.
// Measured round 8 and round 9's tuners of rules-ru 1.7.0 blind; a development set since the lead's alignment.
describeGoldSet('the 30-th blind measurement gold set', 'extract-blind30', { formats: ['txt'] });
