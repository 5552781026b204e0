import { describeGoldSet } from './gold-set-checks.ts';
// Six releases by bodies other than the regional police (ДКНБ, прокуратура, ДЭР АФМ, погранслужба, МВК акимата, здравоохранение), annotated blind.
// Measured round 8 of rules-ru 1.7.0 blind; a development set since round 9.
describeGoldSet('the 25th blind measurement gold set', 'extract-blind25', { formats: ['txt'] });
