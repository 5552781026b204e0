import { tokenRange, type DocumentContext, type SentenceContext } from '../context.ts';
import type { Metric } from './metric-phrases.ts';

// «Сегодня до 90 % сбыта уходит в интернет», «около 70 % изъятого приходится на синтетику», «почти 80 %
// задержанных закладчиков — молодёжь до 25 лет», «более 60 % наркопреступлений совершается с использованием
// интернета»: a share told as a percent of what follows it in the genitive, then a verb of where it goes
// or a dash. The metric is «доля <what>»; the percent is its figure.

const PERCENT_OF =
  /(?:^|[\s«(—–-])((?:(?:до|около|более|свыше|почти|порядка|примерно|не\s+менее)\s+)?\d+(?:[.,]\d+)?\s*(?:%|процент\p{L}*))\s+((?:[а-яё-]+\s+){0,2}?[а-яё-]+)\s+(?=(?:уход|приход|пришл|совершен|совершаю|совершает|составля|связан|реализу|сбыва|приобрета)\p{L}*|[—–]\s)/giu;
/** Words that are no genitive of a whole: «от», «из», a unit, a verb's object. */
const NOT_WHOLE = /^(?:от|из|всех|на|в|с|по|за|больше|меньше|выше|ниже)$/iu;

/** Shares told as «N % <what> <verb>», each a metric spanning from its percent to what it is of. */
export function percentOf(ctx: DocumentContext, sc: SentenceContext): Metric[] {
  const out: Metric[] = [];
  for (const m of ctx.folded.slice(sc.sentence.start, sc.sentence.end).matchAll(PERCENT_OF)) {
    const words = m[2]!.split(/\s+/u);
    if (NOT_WHOLE.test(words[0]!)) continue;
    // The first word is what the share is of: a noun or a noun-like participle in the genitive.
    const genitive = ctx
      .morph(words[0]!.toLowerCase())
      .some((p) => p.score > 0.1 && p.tag.CAse === 'gent' && /^(?:NOUN|ADJF|PRTF)$/u.test(p.tag.POS ?? ''));
    if (!genitive) continue;
    const start = sc.sentence.start + m.index + m[0].indexOf(m[1]!);
    const ofStart = start + m[1]!.length + m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length).indexOf(m[2]!);
    const end = ofStart + m[2]!.length;
    const { from, to } = tokenRange(sc, start, end);
    out.push({
      from,
      to,
      start,
      end,
      phrase: `доля ${ctx.text.slice(ofStart, end).replace(/\s+/gu, ' ')}`,
      evidence: { start, end: clauseEnd(ctx, sc, end) },
    });
  }
  return out;
}

/** The quote runs to the clause's end: what the share goes to or is («уходит в интернет»). */
function clauseEnd(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const tail = /^[^,.;:!?()«»]*/u.exec(ctx.text.slice(at, sc.sentence.end))![0];
  return at + tail.replace(/\s+$/u, '').length;
}
