import { describeGoldSet } from './gold-set-checks.ts';
// The 41st blind measurement set: six releases of six writers' habits (results list, interview, digest, figures in words, quoted speech, Telegram post).
// Measured rules-ru 1.7.0 blind; a development set since round 10.
describeGoldSet('the 41-th blind measurement gold set', 'extract-blind41', { formats: ['txt'] });
