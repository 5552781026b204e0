import { describeGoldSet } from './gold-set-checks.ts';
// City and district police units (УП Темиртау, Экибастуза, Балхаша, Туркестана, Рудного; ОП Шортандинского района), written blind.
describeGoldSet('the 28-th blind measurement gold set', 'extract-blind28', { formats: ['txt'] });
