import type { Figure } from './figure.ts';

/**
 * «увеличилось с 17 до 31», «сократилось с 9 до 4 %», «68,4 % против 61 %»: the level reached is the figure,
 * with the direction of the move; the starting level is the baseline, not a figure of its own.
 */
export function fromTo(text: string, figures: Figure[]): Figure[] {
  const out = figures.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < out.length; i++) {
    const [from, to] = [out[i]!, out[i + 1]!];
    if (from.unit === 'times' || to.unit === 'times' || from.isChange || to.isChange) continue;
    // «68,4 % против 61 % годом ранее», «погибли 38 человек против 51»: the level now, compared with the one before.
    // «27 фактов контрабанды, тогда как годом ранее – 19»: the same, with the year before told after a dash.
    if (respectively(text, out, i)) continue;
    if (
      // «14 фактов употребления наркотических веществ против 9»: the counted noun may take a few words.
      (/^(?:\s+[\p{L}-]+){0,4}\s+против\s+$/iu.test(text.slice(from.end, to.start)) ||
        YEAR_BEFORE_DASH.test(text.slice(from.end, to.start)) ||
        (AT_BEFORE.test(text.slice(from.end, to.start)) &&
          YEAR_AFTER_BARE.test(text.slice(to.end, to.end + 60))) ||
        bracketBaseline(text, from, to)) &&
      from.unit === to.unit
    ) {
      const now = countedEarlier(text, out, i) ?? from;
      now.direction ??= now.value > to.value ? 'up' : now.value < to.value ? 'down' : null;
      now.previous = to.value;
      if (now === from) countedPastBracket(text, from, to);
      out.splice(i + 1, 1);
      continue;
    }
    // «со 118 до 131», «(с 318 до 271)»: «со» before a number read «с…», and a baseline may open a bracket.
    if (!/(?:^|[\s(])со?\s+$/iu.test(text.slice(Math.max(0, from.start - 4), from.start))) continue;
    if (!/^\s*(?:[\p{L}.]+\s+)?до\s+$/iu.test(text.slice(from.end, to.start))) continue;
    if (from.unit !== to.unit && from.unit !== 'count') continue;
    to.direction ??= to.value > from.value ? 'up' : to.value < from.value ? 'down' : null;
    to.previous = from.value;
    out.splice(i, 1);
  }
  return out;
}

/**
 * «42 очага общей площадью 27,6 гектара (годом ранее — 33 очага)»: a baseline that names its noun, another
 * than the figure's right before it, is the level before of the last earlier count of that noun in the clause.
 */
function countedEarlier(text: string, out: Figure[], i: number): Figure | undefined {
  const [from, to] = [out[i]!, out[i + 1]!];
  if (!to.noun || !from.noun || sameStem(from.noun, to.noun)) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const f = out[j]!;
    if (/[.;!?]/u.test(text.slice(f.end, from.start))) return undefined;
    if (!f.isChange && f.unit === to.unit && f.previous === undefined && f.noun && sameStem(f.noun, to.noun))
      return f;
  }
  return undefined;
}

/** Two case forms of one noun («очага», «очагов»): the same letters but for an ending of up to two. */
function sameStem(a: string, b: string): boolean {
  const n = Math.max(3, Math.min(a.length, b.length) - 2);
  return a.slice(0, n) === b.slice(0, n);
}

/** Words after a bracket that go on the sentence rather than name what the number counts. */
const NOT_NOUN = /^(?:против|больше|меньше|выше|ниже|что|или|при|это|где|как|для|над|под|без|чем)$/u;

/**
 * «выявлено 238 (201) фактов сбыта», «состоят на учёте 412 (438) человек»: a results list that gives last year's
 * level in brackets after each number puts the bracket between the count and its noun. The count then spans its
 * bracket, so rules that read the noun right after a count read this one too.
 */
function countedPastBracket(text: string, from: Figure, to: Figure): void {
  if (from.unit !== 'count' || from.noun || !/^\s*\(\s*$/u.test(text.slice(from.end, to.start))) return;
  const close = /^\s*\)/u.exec(text.slice(to.end));
  if (!close) return;
  const end = to.end + close[0].length;
  const noun = /^\s+«?([а-яё][а-яё-]{2,})/iu.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
  if (!noun || NOT_NOUN.test(noun)) return;
  from.end = end;
  from.noun = noun;
}

/** How the genre names the year before (also read by baseline-sentences.ts): «годом ранее», «в 2025 году», «за 10 месяцев прошлого года», «АППГ». */
export const YEAR_BEFORE = String.raw`(?:(?:годом|неделей|месяцем|кварталом)\s+ранее|(?:год|неделю|месяц)\s+назад|в\s+прошлом\s+(?:учебном\s+)?году|в\s+(?:19|20)\d\d\s+(?:году|г\.)|за\s+(?:19|20)\d\d\s+год|(?:19|20)\d\d\s+г(?:\.|од)?|(?:в|за)\s+(?:[\p{L}\d-]+\s+){1,3}?(?:(?:19|20)\d\d|прошлого|предыдущего|минувшего)\s+(?:года|г\.)|за\s+(?:[\p{L}\d-]+\s+){0,3}?(?:прошлого|предыдущего|минувшего)\s+года|в\s+(?:аналогичном|том\s+же)\s+периоде\s+(?:прошлого|предыдущего)\s+года|аппг)`;

/** «9 — по фактам легализации денег (в прошлом году — 5)»: the year before's level in brackets after the figure. */
// «(годом ранее за тот же период — 33 очага)»: the period may be said again after the year.
const YEAR_BEFORE_BRACKET = new RegExp(
  String.raw`^[^\d().;]*\(\s*${YEAR_BEFORE}(?:\s+за\s+(?:тот\s+же|аналогичный)\s+период)?\s*[–—:-]?\s*$`,
  'iu',
);
/** «(161 — в прошлом году)», «(против 95 годом ранее)», «(было 12)»: the level first, the year after it. */
const BRACKET_OPEN = /^[^\d().;]*\(\s*(?:(?:против|было)\s+)?$/iu;
const YEAR_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+)?(?:[–—-]\s*)?${YEAR_BEFORE}\s*\)`, 'iu');

/** Whether `to` is the year before's level of `from`, told in brackets right after it. */
function bracketBaseline(text: string, from: Figure, to: Figure): boolean {
  const gap = text.slice(from.end, to.start);
  const after = text.slice(to.end, to.end + 80);
  if (YEAR_BEFORE_BRACKET.test(gap)) return /^\s*(?:[\p{L}-]+\s*)?\)/u.test(after);
  if (!BRACKET_OPEN.test(gap)) return false;
  // «фактов сбыта: 96 (71)», «1,8 тонны (2,4 тонны)»: a bare number of the same unit alone in brackets is the
  // year before's level in a results list (the release says so once: «в скобках — показатели 2024 года»).
  // «8 (7182) 32-45-67»: a phone number's code is no baseline.
  // «1,2 кг (1 200 граммов)»: the same amount in other words restates it.
  if (/\(\s*$/u.test(gap) && /^\s*\)(?!\s*[\d-])/u.test(after) && !to.isChange)
    return to.value !== from.value;
  return YEAR_AFTER.test(after) || (/против\s*$/iu.test(gap) && /^\s*(?:[\p{L}-]+\s*)?\)/u.test(after));
}

/**
 * «27 фактов контрабанды, тогда как годом ранее – 19», «…, в прошлом году – 19», «…, а за аналогичный период 2024
 * года их было 19»: the year before's level in a clause of its own after a comma.
 */
const YEAR_BEFORE_DASH = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,4},\s+(?:(?:тогда\s+как|а|против|при\s+том\s+что)\s+)?(?:${YEAR_BEFORE}|за\s+(?:аналогичный|тот\s+же)\s+период\s+прошлого\s+года)(?:\s+за\s+(?:тот\s+же|аналогичный)\s+период)?\s*(?:[–—-]\s*|\s(?:их\s+|таких\s+[\p{L}-]+\s+)?(?:было|был[аио]?|составлял[аио]?)\s+)$`,
  'iu',
);
/** «27 фактов при 19 годом ранее»: the level before, then the year it was. */
const AT_BEFORE = /^(?:\s+[\p{L}-]+){0,4}\s+при\s+$/iu;
const YEAR_AFTER_BARE = new RegExp(String.raw`^\s+${YEAR_BEFORE}`, 'iu');

/**
 * «выявлено 38 наркопреступлений, из них 17 фактов сбыта (за аналогичный период прошлого года — 29 и 11
 * соответственно)»: two levels, then the year before's two in one bracket, paired in order. Splices the two
 * baselines out and says whether it did.
 */
function respectively(text: string, out: Figure[], i: number): boolean {
  const [first, second, was, wasSecond] = [out[i - 1], out[i], out[i + 1], out[i + 2]];
  if (!first || !second || !was || !wasSecond) return false;
  if (!YEAR_BEFORE_BRACKET.test(text.slice(second.end, was.start))) return false;
  if (!/^\s+и\s+$/u.test(text.slice(was.end, wasSecond.start))) return false;
  if (!/^\s+соответственно\s*\)/iu.test(text.slice(wasSecond.end))) return false;
  if (first.unit !== was.unit || second.unit !== wasSecond.unit) return false;
  for (const [now, before] of [
    [first, was],
    [second, wasSecond],
  ] as const) {
    now.direction ??= now.value > before.value ? 'up' : now.value < before.value ? 'down' : null;
    now.previous = before.value;
  }
  out.splice(i + 1, 2);
  return true;
}
