import { insideAnother, type DocumentContext, type Mention } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { proposeMeasure } from './propose-measure.ts';

/**
 * «К проверке финансовых потоков группы подключён Департамент экономических расследований по ЗКО», «к проверке
 * её финансовых операций привлечено Агентство по финансовому мониторингу», «к анализу транзакций группы
 * подключены сотрудники ДЭР»: a financial body brought into the case. The work, the money it follows, the verb.
 */
const BROUGHT_IN =
  /(?<!\p{L})к\s+(проверк|отслеживани|анализ|изучени|установлени)\p{L}*\s+((?:[\p{L}-]+\s+){0,4}?)(?:был[аио]?\s+)?(?:подключ|привлеч)\p{L}*\s+(?:(?:сотрудник|специалист|следовател)\p{L}*\s+)?/giu;
/** «подключено Агентство по финансовому мониторингу к проверке финансовых операций группы»: verb first. */
const VERB_BEFORE = /(?<!\p{L})(?:подключ|привлеч)\p{L}*\s+$/iu;
const WORK_AFTER =
  /^\s+к\s+(проверк|отслеживани|анализ|изучени|установлени)\p{L}*\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)(?=\s*(?:[,.;]|$))/iu;
const MONEY = /финанс|денежн|сч[её]т|транзакц|доход|платеж|криптовалют|средств/iu;
const WORK: Record<string, string> = {
  проверк: 'Проверка',
  отслеживани: 'Отслеживание',
  анализ: 'Анализ',
  изучени: 'Изучение',
  установлени: 'Установление',
};

/**
 * A financial check a body is brought into: a Measure («Проверка финансовых операций группы») CARRIED_OUT_BY
 * the body the sentence names after the verb, stated. Annotators mark it in most releases that say it; the
 * criminal case opened and the property arrested they mostly leave as no measure, so those stay unmarked.
 */
export function findFinancialChecks(ctx: DocumentContext, taken: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  for (const sc of ctx.sentences) {
    const text = ctx.folded.slice(sc.sentence.start, sc.sentence.end);
    for (const m of text.matchAll(BROUGHT_IN)) {
      const object = m[2]!.trim();
      if (!MONEY.test(object)) continue;
      const at = sc.sentence.start + m.index;
      const verbEnd = at + m[0].length;
      const body = sc.mentions.find(
        (x) => x.label === 'Agency' && x.start >= verbEnd && x.start - verbEnd < 3 && !insideAnother(sc, x),
      );
      if (!body) continue;
      const objectAt = at + m[0].indexOf(m[2]!);
      add(ctx, { start: at, end: body.end }, m[1]!, { start: objectAt, end: objectAt + object.length }, body);
    }
    for (const body of sc.mentions.filter((x) => x.label === 'Agency' && !insideAnother(sc, x))) {
      if (!VERB_BEFORE.test(ctx.folded.slice(Math.max(sc.sentence.start, body.start - 30), body.start)))
        continue;
      const w = WORK_AFTER.exec(ctx.folded.slice(body.end, sc.sentence.end));
      if (!w || !MONEY.test(w[2]!)) continue;
      const objectAt = body.end + w[0].length - w[2]!.length;
      const verbAt = ctx.folded.lastIndexOf(' ', body.start - 2) + 1;
      add(
        ctx,
        { start: verbAt, end: body.end + w[0].length },
        w[1]!,
        { start: objectAt, end: body.end + w[0].length },
        body,
      );
    }
  }
  return out;

  function add(ctx: DocumentContext, span: Span, work: string, object: Span, body: Mention): void {
    if ([...taken, ...out].some((t) => t.start < span.end && t.end > span.start)) return;
    // «её финансовых операций»: the pronoun stands for the group the release is about.
    const words = ctx.text
      .slice(object.start, object.end)
      .trim()
      .replace(/^(?:е[её]|их|его)\s+/iu, '');
    const name = `${WORK[work.toLowerCase()] ?? 'Проверка'} ${words}`;
    const ref = proposeMeasure(ctx, name, span, { text: ctx.text.slice(span.start, span.end) });
    ctx.builder.relate({ type: 'CARRIED_OUT_BY', from: ref, to: body.ref, evidence: span, confidence: 0.65 });
    out.push({ ...span, label: 'Measure', ref, name, existingId: null, from: 0, to: 0 });
  }
}
