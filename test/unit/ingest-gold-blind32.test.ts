import { describeGoldSet } from './gold-set-checks.ts';
// Six releases written blind to the extractor, one per writer's habit (results, digest, speech, table, mixed figures, short item).
// Measured round 8 and round 9's tuners of rules-ru 1.7.0 blind; a development set since the lead's alignment.
describeGoldSet('the 32nd blind measurement gold set', 'extract-blind32', { formats: ['txt'] });
