import { describeGoldSet } from './gold-set-checks.ts';
// Six blind-written regional drug-police releases (Karaganda, Kostanay, Akmola, Turkistan, Mangystau, Almaty).
describeGoldSet('the 21st blind measurement gold set', 'extract-blind21', { formats: ['txt'] });
