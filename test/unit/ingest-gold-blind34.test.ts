import { describeGoldSet } from './gold-set-checks.ts';
// Six regional police department (ДП) releases written blind to the extractor, annotated by hand.
describeGoldSet('the 34-th blind measurement gold set', 'extract-blind34', { formats: ['txt'] });
