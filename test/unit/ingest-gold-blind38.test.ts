import { describeGoldSet } from './gold-set-checks.ts';
// Six national-level releases (МВД spokesman, КПН labs, Генпрокуратура check, transport police, Минздрав register, МВД board), written blind to the extractor.
describeGoldSet('the 38-th blind measurement gold set', 'extract-blind38', { formats: ['txt'] });
