import { leadBefore, numberWords } from '../text/number-words.ts';
import { bareCount, type Figure } from './figure.ts';

// «не достигли 21 года», «на 3 года»: an age or a stretch of years is no count either.
export const DURATION = /^(?:месяц|недел|дн[еяй]|день|сут(?:ок|ки)|час(?:а|ов)?$|минут|год(?:а|у)?$|лет$)/u;

/**
 * «полторы тонны», «около двух тонн марихуаны», «три килограмма», «свыше двух тысяч таблеток», «двести сорок
 * тысяч тенге», «полтора миллиона»: amounts whose number is written in words before a mass or a multiplier.
 * Up to three numeral words, then тысяч / миллион(ов) and a mass unit, or at least one of them.
 */
const WORD_AMOUNT =
  /(?<![\p{L}\d-])((?:\p{L}+\s+){0,2}\p{L}+)\s+(?:(тысяч\p{L}*|тыс\.|миллион\p{L}*|млн\.?)(?:\s+(тонн\p{L}*|килограмм\p{L}*|грамм\p{L}*))?|(тонн\p{L}*|килограмм\p{L}*|грамм\p{L}*))(?![\p{L}])/giu;

export function wordAmounts(
  text: string,
  slice: string,
  offset: number,
  qualifierOf: (before: string) => Figure['qualifier'],
): Figure[] {
  const out: Figure[] = [];
  const ranks = new Map<Figure, number>();
  for (const m of slice.matchAll(WORD_AMOUNT)) {
    const [, numeral, multiplier, massAfter, massAlone] = m;
    const mass = massAfter ?? massAlone;
    // The numeral is the longest tail of the words before the unit that reads as one number.
    const said = numeral!.split(/\s+/u);
    // «два с половиной килограмма», «полтора»: a half told after the whole number is added to it.
    const half = said.length >= 3 && /^с$/iu.test(said.at(-2)!) && /^половин/iu.test(said.at(-1)!);
    const words = half ? said.slice(0, -2) : said;
    let skip = 0;
    while (skip < words.length && numberWords(words.slice(skip)) === undefined) skip++;
    if (skip === words.length) continue;
    const own = words.slice(skip);
    let value = numberWords(own)! + (half ? 0.5 : 0);
    if (value === 1 && !multiplier && !/^(?:одн|один)/iu.test(own[0]!)) continue;
    if (multiplier) value *= /^(?:тыс)/iu.test(multiplier) ? 1e3 : 1e6;
    const unit = mass?.toLowerCase() ?? '';
    if (unit.startsWith('тонн')) value *= 1000;
    else if (unit.startsWith('грамм')) value /= 1000;
    const start = offset + m.index + m[0].indexOf(own[0]!, words.slice(0, skip).join(' ').length);
    const end = offset + m.index + m[0].length;
    const after = text.slice(end, end + 40);
    // «двадцать три килограмма шестьсот граммов», «две тонны триста килограммов»: a smaller mass right after a
    // larger one is the rest of the same amount.
    const rank = unit.startsWith('тонн')
      ? 3
      : unit.startsWith('килограмм')
        ? 2
        : unit.startsWith('грамм')
          ? 1
          : 0;
    const last = out.at(-1);
    if (last && rank > 0 && rank < (ranks.get(last) ?? 0) && /^\s+$/u.test(text.slice(last.end, start))) {
      last.value = Math.round((last.value + value) * 1e6) / 1e6;
      last.end = end;
      ranks.set(last, rank);
      continue;
    }
    const figure: Figure = {
      start,
      end,
      value: Math.round(value * 1e6) / 1e6,
      unit: mass ? 'kg' : 'count',
      qualifier: qualifierOf(text.slice(Math.max(0, start - 30), start)),
      noun: mass ? null : (/^\s+«?([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase() ?? null),
      isChange: false,
      direction: null,
    };
    out.push(figure);
    if (!multiplier) ranks.set(figure, rank);
  }
  // «свыше полутонны сырья», «пол-тонны гашиша»: half a unit told in one word.
  for (const m of slice.matchAll(HALF_MASS)) {
    const start = offset + m.index;
    out.push({
      start,
      end: start + m[0].length,
      value: /^т/iu.test(m[1]!) ? 500 : 0.5,
      unit: 'kg',
      qualifier: qualifierOf(text.slice(Math.max(0, start - 30), start)),
      noun: null,
      isChange: false,
      direction: null,
    });
  }
  return out;
}

const HALF_MASS = /(?<![\p{L}\d-])(?:полу|пол-?)(тонн\p{L}*|килограмм\p{L}*|кило)(?![\p{L}])/giu;

/**
 * «шесть квартир», «задержаны трое курьеров», «ликвидированы две нарколаборатории», «пятнадцать фактов», «сорок
 * человек»: a count from two to ninety-nine written in words, before the noun it counts (one is an article more often than a count). Not «в два
 * раза» (a factor), «двое из них» (a part, told with no noun) nor a stretch of time («за девять месяцев»).
 */
const COUNT_WORD =
  /(?<![\p{L}\d-])(дв(?:а|е|ух|умя?|ое|оих)|тр(?:и|[её]х|[её]м|[её]мя|ое|оих)|четыр(?:е|[её]х|[её]м|ьмя)|четвер(?:о|ых)|пят(?:ь|и|ью)|пятер(?:о|ых)|шест(?:ь|и|ью)|шестер(?:о|ых)|сем(?:ь|и|ью)|семер(?:о|ых)|восем(?:ь|ью)|восьми|девят(?:ь|и|ью)|десят(?:ь|и|ью)|(?:один|две|три|четыр|пят|шест|сем|восем|девят)надцат(?:ь|и|ью)|(?:(?:двадцат|тридцат)(?:ь|и|ью)|сорок(?:а)?|(?:пят|шест|сем|восем)ь?(?:десят|идесят)и?|девяност[оа])(?!\s+(?:один|одн|дв|тр|четыр|пят|шест|сем|восем|девят)\p{L}*\s))\s+(?:(?:так\s+называем\p{L}+|ещ[её]|из)\s+)?([\p{L}«»-]+)/giu;

/**
 * «из них девять — факты сбыта», «в том числе сорок два — по ч. 3 ст. 297»: a part counted in words, what it
 * counts told after a dash (indicator-comparisons.ts reads it there).
 */
const PART_WORD = /(?:из\s+(?:них|которых)|в\s+том\s+числе)\s+((?:\p{L}+\s+)?\p{L}+)(?=\s*[—–]\s)/giu;

function partWords(slice: string, offset: number): Figure[] {
  const out: Figure[] = [];
  for (const m of slice.matchAll(PART_WORD)) {
    const value = numberWords(m[1]!.split(/\s+/u));
    if (!value || !Number.isInteger(value)) continue;
    const start = offset + m.index + m[0].length - m[1]!.length;
    out.push(bareCount(start, start + m[1]!.length, value, true));
  }
  return out;
}

export function countWords(
  text: string,
  slice: string,
  offset: number,
  qualifierOf: (before: string) => Figure['qualifier'],
): Figure[] {
  const out: Figure[] = partWords(slice, offset);
  for (const m of slice.matchAll(COUNT_WORD)) {
    const noun = m[2]!.replace(/[«»]/gu, '').toLowerCase();
    // «двадцать три факта»: tens before a unit word are read with it (leadBefore), not as a count of «три».
    if (numberWords([noun]) !== undefined) continue;
    if (
      /^(?:раза?|из|и|или|с|со|по|в|во|на|до|от|лет|тыс|млн|млрд)$|^(?:год|тысяч|миллион|миллиард|процент|раз|тонн|килограмм|грамм)/u.test(
        noun,
      ) ||
      DURATION.test(noun)
    )
      continue;
    // «около двух третей», «три четверти», «три целых две десятых»: a fraction, no count of thirds (shares are
    // read by fraction-shares.ts).
    if (/^(?:трет(?:и|ей|ям|ями)$|четверт|целых$|десятых$|сотых$)/u.test(noun)) continue;
    // «три единицы оружия»: seized pieces are counted in digits; a word there names no seizure of its own.
    // «23 закладчика, семеро из которых …», «троих из них»: a part of the people just counted, told after it.
    const part = /\sиз\s/u.test(m[0]) && /^(?:них|которых)$/u.test(noun);
    if ((/\sиз\s/u.test(m[0]) && !part) || /^(?:единиц|штук)/u.test(noun)) continue;
    // «сорок семь фактов», «сто двенадцать наркопреступлений»: hundreds and tens written before the last word
    // are part of the number, no longer a few.
    const tens = leadBefore(text, offset + m.index);
    const start = tens?.start ?? offset + m.index;
    const end = offset + m.index + m[1]!.length;
    const before = text.slice(Math.max(0, start - 30), start);
    if (/(?:^|\s)в\s+$/iu.test(before) && /^раз/u.test(noun)) continue;
    out.push({
      start,
      end,
      value: (tens?.value ?? 0) + numberWords([m[1]!])!,
      unit: 'count',
      qualifier: qualifierOf(before),
      noun: part ? null : noun,
      isChange: false,
      direction: null,
      // A few (two to ten) in words is how one case's people are told; more is a tally.
      ...(tens || numberWords([m[1]!])! > 10 ? {} : { inWords: true }),
    });
  }
  return out;
}
