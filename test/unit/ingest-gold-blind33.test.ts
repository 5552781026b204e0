import { describeGoldSet } from './gold-set-checks.ts';
// The 33rd blind set: a court verdict, a precursor channel, ОПМ «Мак», a train seizure, an akim's meeting, a darknet takedown.
// Measured round 8 and round 9's tuners of rules-ru 1.7.0 blind; a development set since the lead's alignment.
describeGoldSet('the 33rd blind measurement gold set', 'extract-blind33', { formats: ['txt'] });
