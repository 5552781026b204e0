import { describeGoldSet } from './gold-set-checks.ts';
// Six releases written blind to the extractor, one per writer's habit (results, digest, speech, table, mixed figures, short item).
describeGoldSet('the 32nd blind measurement gold set', 'extract-blind32', { formats: ['txt'] });
