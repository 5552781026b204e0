import { describeGoldSet } from './gold-set-checks.ts';
// Blind set 48: national and mixed-level releases (МВД, Генпрокуратура, ДП на транспорте, КПН board, Павлодар, Кызылорда).
describeGoldSet('the 48-th blind measurement gold set', 'extract-blind48', { formats: ['txt'] });
