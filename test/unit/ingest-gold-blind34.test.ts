import { describeGoldSet } from './gold-set-checks.ts';
// Six regional police department (ДП) releases written blind to the extractor, annotated by hand.
// Measured rules-ru 1.7.0 blind; a development set since round 10.
describeGoldSet('the 34-th blind measurement gold set', 'extract-blind34', { formats: ['txt'] });
