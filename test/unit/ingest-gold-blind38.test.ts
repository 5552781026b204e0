import { describeGoldSet } from './gold-set-checks.ts';
// Six national-level releases (МВД spokesman, КПН labs, Генпрокуратура check, transport police, Минздрав register, МВД board), written blind to the extractor.
// Measured rules-ru 1.7.0 blind; a development set since round 10.
describeGoldSet('the 38-th blind measurement gold set', 'extract-blind38', { formats: ['txt'] });
