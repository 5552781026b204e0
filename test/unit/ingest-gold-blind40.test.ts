import { describeGoldSet } from './gold-set-checks.ts';
// Blind set 40: releases of non-police bodies (prosecutor, ДКНБ, АФМ, ДУИС, akimat, health), written without seeing the extractor.
describeGoldSet('the 40-th blind measurement gold set', 'extract-blind40', { formats: ['txt'] });
