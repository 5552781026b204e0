import { numberWord } from '../text/number-words.ts';
import type { Span } from '../text/segment.ts';
import { fromTo } from './baselines.ts';
import { changeOn, rateBase } from './on-changes.ts';
import { bracketedChange } from './bracketed-change.ts';
import { fractionChanges } from './fraction-changes.ts';
import { foldFactors } from './fold-factors.ts';
import { fractionPercents, wordPercents } from './word-percents.ts';
import { countWords, DURATION, wordAmounts } from './word-amounts.ts';
import { wordLevels } from './word-levels.ts';
import type { Figure } from './figure.ts';

export type { Figure } from './figure.ts';

const NUMBER = String.raw`(\d{1,3}(?:[  ]\d{3})+|\d+)(?:[.,](\d+))?`;
const MULTIPLIER = String.raw`(?:\s*(тыс(?:\.|яч[аи]?(?![\p{L}\d]))?|млн\.?|миллион(?:а|ов)?(?![\p{L}\d])|млрд\.?|миллиард(?:а|ов)?(?![\p{L}\d])))?`;
// «1,5 т наркотиков»: a bare «т» before a space or a stop is tonnes too.
const UNIT = String.raw`(?:\s*(кг|килограмм(?:а|ов)?|тонн(?:а|ы|у)?|т\.(?=\s)|т(?=[\s,;)])|гр?\.?(?=[\s,;)]|$)|грамм(?:а|ов)?|%|процент(?:а|ов)?))?`;
// «по части 3 статьи 297 УК», «по номеру 102», «№ 5»: a number that names something rather than counts it.
// «участвуют 96 человек», «счастливы»: a reference word starts a word, never ends one («у-част-вуют»).
const REFERENCE =
  /(?<!\p{L})(?:стать\p{L}*|част\p{L}*|ч\.|ст\.|пункт\p{L}*|п\.|номер\p{L}*|№|телефон\p{L}*)\s*$/iu;
const TIMES = /^\s*раз(?:а)?(?![\p{L}\d])/u;
/**
 * «снижение составило 11,2 %», «рост числа краж составил 12 %», «прирост — 23 факта»: a change named as a noun,
 * then its size after «составил» or a dash, is a change, not a level. A participle clause may stand between
 * («рост числа лиц, впервые поставленных на учёт, составил 11,2 %»); any other clause («несмотря на рост
 * краж, раскрываемость составила 87 %») ends the change noun's reach.
 */
const CHANGE_AMOUNTS_TO =
  /(?<!\p{L})(?:(?:при)?рост|снижени|увеличени|сокращени|уменьшени)\p{L}*(?:\s+[\p{L}\d-]+){0,5}?(?:,\s+(?:[\p{L}-]+\s+)?\p{L}+(?:ш|щ|нн|ем|им)(?:ий|ая|ое|ие|их|ых|ым|ыми|его|ей|ую|ого)(?:ся)?(?:\s+[\p{L}\d«»-]+){0,6}?,)?\s+(?:составил\p{L}*|[—–])\s+(?:(?:около|почти|примерно|более|свыше|порядка)\s+)?$/iu;
/** «свыше 2-х тонн», «5-ти тыс.»: a case ending written after the digits, before a unit or a multiplier. */
const ENDING = String.raw`(?:-(?:х|ти|ми|ух|ех|ёх|и)(?=\s*(?:тонн|кг|килограмм|грамм|тыс|млн)))?`;
const FIGURE = new RegExp(`(?<![\\p{L}\\d])${NUMBER}${ENDING}${MULTIPLIER}${UNIT}`, 'gu');
const QUALIFIER: [RegExp, Figure['qualifier']][] = [
  // «порядка 1,7 млрд»: about that much, not more.
  [/(?:свыше|более|больше|не менее|превысил\p{L}*)\s+$/iu, 'over'],
  [/(?:около|почти|примерно|порядка)\s+$/iu, 'about'],
  [/(?:менее|меньше|не более)\s+$/iu, 'under'],
];

function qualifierOf(before: string): Figure['qualifier'] {
  return QUALIFIER.find(([re]) => re.test(before))?.[1] ?? 'exactly';
}

/** Every figure inside the span: decimal commas, thousands spaces, тыс./млн, кг/г/тонн, %, counts, «2 кг 300 г». */
export function findFigures(text: string, span: Span = { start: 0, end: text.length }): Figure[] {
  const out: Figure[] = [];
  const slice = text.slice(span.start, span.end);
  let consumed = 0;
  // The unit each mass was written in, so only a smaller one right after it adds to it.
  const ranks = new Map<Figure, number>();
  for (const m of slice.matchAll(FIGURE)) {
    const start = span.start + m.index;
    if (start < consumed || listMark(text, start, start + m[0].length)) continue;
    let end = start + m[0].length;
    let value = Number(`${m[1]!.replace(/[  ]/g, '')}${m[2] ? `.${m[2]}` : ''}`);
    const multiplier = m[3]?.toLowerCase() ?? '';
    if (multiplier.startsWith('тыс')) value *= 1e3;
    else if (multiplier.startsWith('млн') || multiplier.startsWith('миллион')) value *= 1e6;
    else if (multiplier.startsWith('млрд') || multiplier.startsWith('миллиард')) value *= 1e9;
    const unitWord = m[4]?.toLowerCase() ?? '';
    // «в 2025 г.», «с 1 по 30 сентября 2025 г.»: a year, not 2,025 kg.
    if (unitWord === 'г.' && !m[2] && !multiplier && value >= 1900 && value <= 2100 && !/[  ]/.test(m[1]!))
      continue;
    let unit: Figure['unit'] = 'count';
    if (unitWord === '%' || unitWord.startsWith('процент')) unit = '%';
    else if (unitWord) {
      unit = 'kg';
      if (unitWord.startsWith('тонн') || unitWord.startsWith('т')) value *= 1000;
      else if (unitWord.startsWith('г')) value /= 1000;
    }
    // «2 кг 300 г», «5 тонн 240 кг»: the smaller unit right after a larger one adds to it.
    const previous = out.at(-1);
    if (
      unit === 'kg' &&
      previous?.unit === 'kg' &&
      massRank(unitWord) < (ranks.get(previous) ?? 0) &&
      /^\s*$/.test(text.slice(previous.end, start))
    ) {
      previous.value = round(previous.value + value);
      previous.end = end;
      continue;
    }
    if (/^\s*-\s*ов(?![\p{L}\d])/u.test(text.slice(end, end + 6)) && unit === 'kg')
      end = text.indexOf('ов', end) + 2; // "8 кг-ов"
    const before = text.slice(Math.max(0, start - 30), start);
    // «в 1,5 раза», «в 2 раза больше»: a factor of change, never a count of something.
    const times = unit === 'count' && !multiplier ? TIMES.exec(text.slice(end, end + 8)) : null;
    if (times && /(?:^|[\s(])в\s+$/iu.test(before)) {
      end += times[0].length;
      unit = 'times';
    }
    const after = text.slice(end, end + 40);
    // «6 «операторов» интернет-магазинов»: a noun may stand in quotes.
    // «на 5 больше»: a comparative after a change is its direction, not what it counts.
    const word = unit === 'count' ? (/^\s+«?([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase() ?? null) : null;
    const noun = word && /^(?:больше|меньше|выше|ниже)$/u.test(word) ? null : word;
    // «1 902» written with a thousands space is a count, never the year 1902.
    const spaced = /[  ]/.test(m[1]!);
    if (unit === 'count' && ((!spaced && isYearOrDate(value, m[2], noun, after)) || REFERENCE.test(before)))
      continue;
    // «за 10 месяцев», «в течение 3 суток»: a stretch of time, not a count of anything.
    if (unit === 'count' && noun && DURATION.test(noun)) continue;
    // «430 кг наркотиков (+17,5 %)»: a seized mass may carry its change so too.
    const bracket = bracketedChange(text, end, unit);
    if (bracket) {
      out.push(bracket);
      consumed = bracket.end;
    }
    // «уровень наркопреступности на 10 тыс. населения»: the base of a rate, no figure of its own.
    if (rateBase(text, start, end)) continue;
    // «(+25,5%)», «(−11 %)»: a signed percentage alone in brackets is a change, whatever stands before it.
    const signed = unit === '%' ? /\(\s*([+−–-])\s*$/u.exec(before) : null;
    const isChange =
      unit === 'times' ||
      signed !== null ||
      changeOn(text, start) ||
      /(?:рост|снижени|увеличени|сокращени|уменьшени)\p{L}*\s+$/iu.test(before) ||
      (unit !== 'kg' && CHANGE_AMOUNTS_TO.test(lead(text, start)));
    out.push({
      start,
      end,
      value: round(value),
      unit,
      qualifier: qualifierOf(before),
      noun,
      isChange,
      // «на 17 фактов меньше»: a change in counts names what it counts before its direction.
      direction: signed
        ? signed[1] === '+'
          ? 'up'
          : 'down'
        : directionNear(
            lead(text, start),
            isChange && noun ? after.replace(/^\s+«?[\p{L}-]+»?/u, '') : after,
          ),
    });
    if (unit === 'kg') ranks.set(out.at(-1)!, massRank(unitWord));
  }
  out.push(...factorsInWords(text, slice, span.start));
  const near = (start: number, end: number) => directionNear(lead(text, start), text.slice(end, end + 40));
  out.push(
    ...fractionChanges(text, slice, span.start, near),
    ...foldFactors(text, slice, span.start, near),
    ...wordPercents(text, slice, span.start, qualifierOf, near),
    ...fractionPercents(slice, span.start, qualifierOf),
  );
  // «на двадцать три факта больше»: a count in words after «на» is a change, like one in digits.
  for (const f of countWords(text, slice, span.start, qualifierOf)) {
    const isChange = changeOn(text, f.start);
    const after = text.slice(f.end, f.end + 40).replace(/^\s+«?[\p{L}-]+»?/u, '');
    out.push(isChange ? { ...f, isChange, direction: directionNear(lead(text, f.start), after) } : f);
  }
  out.push(...wordAmounts(text, slice, span.start, qualifierOf));
  out.push(...wordLevels(text, slice, span.start, out));
  return fromTo(text, out).sort((a, b) => a.start - b.start);
}

/** «в два раза», «в полтора раза», «вдвое», «втрое»: a factor of change written in words. */
const FACTOR_WORD =
  /(?<![\p{L}\d])(?:в\s+(полтора|[\p{L}]+)(\s+с\s+половиной)?\s+раза?|(вдвое|втрое|вчетверо|впятеро))(?![\p{L}\d])/giu;
const PREFIX_FACTOR: Record<string, number> = { вдвое: 2, втрое: 3, вчетверо: 4, впятеро: 5 };

function factorsInWords(text: string, slice: string, offset: number): Figure[] {
  const out: Figure[] = [];
  for (const m of slice.matchAll(FACTOR_WORD)) {
    const word = (m[1] ?? m[3])!.toLowerCase();
    // «в два с половиной раза»: half more than the word says.
    const whole = word === 'полтора' ? 1.5 : (PREFIX_FACTOR[word] ?? numberWord(word));
    const value = whole && m[2] ? whole + 0.5 : whole;
    if (!value || value < 1.5) continue;
    const start = offset + m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 40);
    out.push({
      start,
      end,
      value,
      unit: 'times',
      qualifier: 'exactly',
      noun: null,
      isChange: true,
      direction: directionNear(lead(text, start), after),
    });
  }
  return out;
}

function isYearOrDate(
  value: number,
  fraction: string | undefined,
  noun: string | null,
  after: string,
): boolean {
  if (fraction) return false;
  if (
    value >= 1900 &&
    value <= 2100 &&
    (!noun || /^(год|г\.?|года|году|годом|гг)/.test(noun) || /^\s*(год|г\.)/.test(after))
  )
    return true;
  return (
    Boolean(
      noun && /^(январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)/.test(noun),
    ) ||
    /^-(?:летн|го(?![\p{L}\d])|х(?![\p{L}\d]))/u.test(after) ||
    DAY_RANGE.test(after)
  );
}

/**
 * «за неделю (3–9 ноября)», «с 3 по 9 ноября», «3, 4 и 5 октября»: the first day of a range or list of days
 * is a date too, though its month is written only after the last one.
 */
const DAY_RANGE =
  /^(?:\s*(?:[–—-]|по)|(?:\s*,\s*\d{1,2})*\s+и)\s*\d{1,2}\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)/u;

/** The words before a figure its direction is read from: long enough for «превысил прошлогодний показатель в». */
function lead(text: string, start: number): string {
  // Wide enough for a change noun with a participle clause before its size (CHANGE_AMOUNTS_TO).
  return text.slice(Math.max(0, start - 120), start);
}

/** «выросло вдвое — до 38 человек», «снизилось на 12 % и составило …»: the level a move reached, after «до». */
const REACHED =
  /(?:^|\s)(выросл|возросл|увеличил|снизил|сократил|уменьшил)\p{L}*(?:\s+[^\s.;]+){0,3}?\s+до\s+$/iu;

function directionNear(before: string, after: string): Figure['direction'] {
  const reached = REACHED.exec(before)?.[1];
  if (reached) return /^(?:выр|воз|уве)/iu.test(reached) ? 'up' : 'down';
  if (
    // «в 1,6 раза превышает прошлогодний показатель»: the figure now exceeds the one before; «превысил
    // прошлогодний в 2,3 раза», «снизилось почти вдвое»: a word or two may stand between the verb and the change.
    /^\s*(?:больше|выше|рост|превыша\p{L}*|превысил\p{L}*)/iu.test(after) ||
    /(?:рост\p{L}*|увеличени\p{L}*|выросл?\p{L}*|увеличил\p{L}*|возросл?\p{L}*|превысил\p{L}*|превыша\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}?(?:на\s+|в\s+)?$/iu.test(
      before,
    ) ||
    (CHANGE_AMOUNTS_TO.test(before) &&
      /(?<!\p{L})(?:при)?рост|увеличени/iu.test(CHANGE_AMOUNTS_TO.exec(before)![0]))
  )
    return 'up';
  if (
    /^\s*(?:меньше|ниже)/iu.test(after) ||
    /(?:снижени\p{L}*|сокращени\p{L}*|уменьшени\p{L}*|снизил\p{L}*|сократил\p{L}*|снижен\p{L}*|уменьшил\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}?(?:на\s+|в\s+)?$/iu.test(
      before,
    ) ||
    CHANGE_AMOUNTS_TO.test(before)
  )
    return 'down';
  return null;
}

/** «2) задержаны 7 человек», «3. Изъято …»: the number of a list item at a line's start counts nothing. */
function listMark(text: string, start: number, end: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return /^[ \t]*$/u.test(line) && /^(?:\)|\.\s)/u.test(text.slice(end, end + 2));
}

/** Tonnes 3, kilograms 2, grams 1: the order masses are written in («5 тонн 240 кг», «2 кг 300 г»). */
function massRank(unitWord: string): number {
  if (unitWord.startsWith('тонн') || unitWord.startsWith('т')) return 3;
  return unitWord.startsWith('к') ? 2 : 1;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
