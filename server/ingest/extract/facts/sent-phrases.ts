import type { DocumentContext, SentenceContext } from '../context.ts';
import { clauseStart, folded, genitiveHead, objectEnd, phrase, type MeasurePhrase } from './phrase-span.ts';

/** Material sent on: «… направлены в …», «передали в … сведения …», «дело направлено в суд». */
const SENT = /(?<!\p{L})(?:направлен[аоы]?|передан[аоы]?|направил[аи]?|передал[аи]?)(?=\s)/giu;
/** What is sent: material, information, a case; a count before it makes it a figure («58 уголовных дел»). */
const SENT_OBJECT =
  /(?<!\d\s*)(?<!\p{L})(?:(?:уголовное\s+)?дело|материал(?:ы|ов)?|информаци[яи]|сведения|документы)(?!\p{L})/giu;

/** Material, information or a case sent on to another body, named «Направление/Передача …» with where to. */
export function sentOn(ctx: DocumentContext, sc: SentenceContext): MeasurePhrase[] {
  const out: MeasurePhrase[] = [];
  const text = folded(ctx, sc);
  for (const m of text.matchAll(SENT)) {
    const head = clauseStart(text, m.index);
    const objects = [...text.matchAll(SENT_OBJECT)];
    const before = objects.filter((o) => o.index >= head && o.index < m.index).at(0);
    const afterVerb = objects.find((o) => o.index > m.index && !/[,;:.]/u.test(text.slice(m.index, o.index)));
    const verbEnd = m.index + m[0].length;
    const named = (object: string, destination: string) =>
      `${/^перед/iu.test(m[0]) ? 'Передача' : 'Направление'} ${genitiveHead(ctx, object)}${destination}`;
    if (before) {
      // «материалы в отношении двух аптек, в которых …, направлены в …»: the object up to its first comma.
      const comma = text.slice(before.index, m.index).search(/,/u);
      const end = comma < 0 ? m.index : before.index + comma;
      const object = ctx.text.slice(sc.sentence.start + before.index, sc.sentence.start + end).trim();
      const name = named(object, destinationAt(ctx, sc, verbEnd));
      out.push(phrase(sc, 'sent', before.index, end, m.index, verbEnd, name));
    } else if (afterVerb) {
      // «направлена информация …», «передали в Национальный банк сведения о …».
      const end = objectEnd(text, afterVerb.index);
      const object = ctx.text.slice(sc.sentence.start + afterVerb.index, sc.sentence.start + end).trim();
      const destination = destinationAt(ctx, sc, verbEnd) || destinationBefore(ctx, sc, head, m.index);
      out.push(phrase(sc, 'sent', afterVerb.index, end, m.index, verbEnd, named(object, destination)));
    }
  }
  return out;
}

/** « в Департамент полиции …» right after the verb, up to the clause's end or its purpose («для …»). */
function destinationAt(ctx: DocumentContext, sc: SentenceContext, from: number): string {
  const rest = ctx.folded.slice(sc.sentence.start + from, sc.sentence.end);
  const m = /^\s+(?:в|на имя)\s+[^,;:.]*?(?=\s+(?:для|с целью|сведения|информаци|материал)|[,;:.]|$)/iu.exec(
    rest,
  );
  return m ? ctx.text.slice(sc.sentence.start + from, sc.sentence.start + from + m[0].length).trimEnd() : '';
}

/** «В Департамент Комитета … направлена информация»: the destination told before the verb. */
function destinationBefore(ctx: DocumentContext, sc: SentenceContext, head: number, verbAt: number): string {
  const m = /(?:^|\s)[вВ]\s+\p{Lu}[^,;:]*$/u.exec(
    ctx.text.slice(sc.sentence.start + head, sc.sentence.start + verbAt),
  );
  return m ? ` ${m[0].trim().replace(/^В/u, 'в')}` : '';
}
