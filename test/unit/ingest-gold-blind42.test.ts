import { describeGoldSet } from './gold-set-checks.ts';
// Six city and district police releases (Aktobe, Shymkent, Almaty, Kokshetau, Taldykorgan, Jambyl district), annotated blind.
// Measured rules-ru 1.7.0 blind; a development set since round 10.
describeGoldSet('the 42nd blind measurement gold set', 'extract-blind42', { formats: ['txt'] });
