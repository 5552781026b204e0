import { describeGoldSet } from './gold-set-checks.ts';
// The 33rd blind set: a court verdict, a precursor channel, ОПМ «Мак», a train seizure, an akim's meeting, a darknet takedown.
describeGoldSet('the 33rd blind measurement gold set', 'extract-blind33', { formats: ['txt'] });
