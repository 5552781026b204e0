import { describeGoldSet } from './gold-set-checks.ts';
// Six releases by six police bodies, each in one writer's habit (table, interview, digest, post, presser, words).
describeGoldSet('the 46-th blind measurement gold set', 'extract-blind46', { formats: ['txt'] });
