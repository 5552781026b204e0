import { describeGoldSet } from './gold-set-checks.ts';
// Blind set 40: releases of non-police bodies (prosecutor, ДКНБ, АФМ, ДУИС, akimat, health), written without seeing the extractor.
// Measured rules-ru 1.7.0 blind; a development set since round 10.
describeGoldSet('the 40-th blind measurement gold set', 'extract-blind40', { formats: ['txt'] });
