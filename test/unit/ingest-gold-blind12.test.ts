import { describeGoldSet } from './gold-set-checks.ts';

// The twelfth blind measurement set (test/fixtures/extract-blind12/README.md): an appointment, a short arrest
// item, a results list, a maslikhat session, an interview and a prosecutor's check, annotated
// without opening the extractor or the other gold sets; measured the third round of rules-ru 1.5.0 and a development set since.
describeGoldSet('the twelfth blind measurement gold set', 'extract-blind12', { formats: ['txt'] });
