// «на 12 %», «на 17 фактов меньше», «на двадцать три факта»: a number after «на» is most often the size of a
// change. Not when «на» governs something else: a sum blocked or arrested, a part of what a sum covers, or the
// base of a rate.

/** «заблокированы криптоактивы на 86 тыс. USDT», «заморожены счета на 40 млн тенге»: a sum, not a change. */
const BLOCKED_ON = /(?:заблокирован|заморожен|арестован)\p{L}*\s+(?:[\p{L}-]+\s+){1,3}на\s+$/iu;
/** «арест на имущество на 310 млн тенге, в том числе на четыре квартиры»: a part of what «на» governed. */
const PART_ON = /(?:в\s+том\s+числе|включая|из\s+них|а\s+также)\s+на\s+$/iu;
/** «уровень наркопреступности на 10 тыс. населения», «на 100 тысяч жителей»: the base of a rate. */
const PER_HEAD = /^\s*(?:населения|жителей|человек\s+населения|душ)/iu;

/** Whether the number starting at `start` follows a «на» that makes it a change. */
export function changeOn(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return /(?:^|[\s(])на\s+$/iu.test(before) && !BLOCKED_ON.test(before) && !PART_ON.test(before);
}

/** Whether the number from `start` to `end` is the base of a rate («на 10 тыс. населения»): no figure at all. */
export function rateBase(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  return /(?:^|\s)на\s+$/iu.test(before) && PER_HEAD.test(text.slice(end, end + 30));
}
