import { describeGoldSet } from './gold-set-checks.ts';
// City and district police units (УП Темиртау, Экибастуза, Балхаша, Туркестана, Рудного; ОП Шортандинского района), written blind.
// Measured round 8 of rules-ru 1.7.0 blind; a development set since round 9.
describeGoldSet('the 28-th blind measurement gold set', 'extract-blind28', { formats: ['txt'] });
