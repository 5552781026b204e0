import type { Figure } from './figure.ts';

/**
 * «3 212 краж (–11 %)», «(+5,2 %)», «312 наркопреступлений (+25)», «96 кг (+12 кг)»: the signed change of the
 * figure before, in brackets after it: per cent, or the figure's own unit (a count bare, a mass in кг, г or т).
 */
const BRACKETED_CHANGE = /^(?:\s*\p{L}+){0,3}\s*\(\s*([+−–-])\s*(\d+(?:[.,]\d+)?)\s*(%|кг|г|т)?\s*\)/u;

export function bracketedChange(text: string, end: number, unit: Figure['unit']): Figure | undefined {
  if (unit !== 'count' && unit !== 'kg') return undefined;
  const bracket = BRACKETED_CHANGE.exec(text.slice(end, end + 40));
  if (!bracket) return undefined;
  const written = bracket[3];
  let value = Number(bracket[2]!.replace(',', '.'));
  let changeUnit: Figure['unit'] = '%';
  if (written !== '%') {
    // A count changes by a bare number, a mass by a mass: «(+25)» after kilograms says nothing sure.
    if (unit === 'count' ? written !== undefined : written === undefined) return undefined;
    changeUnit = unit;
    if (written === 'т') value *= 1000;
    else if (written === 'г') value /= 1000;
  }
  return {
    start: end + bracket.index + bracket[0].indexOf('('),
    end: end + bracket[0].length,
    value: Math.round(value * 1e6) / 1e6,
    unit: changeUnit,
    qualifier: 'exactly',
    noun: null,
    isChange: true,
    direction: bracket[1] === '+' ? 'up' : 'down',
  };
}
