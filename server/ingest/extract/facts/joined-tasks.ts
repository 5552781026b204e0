import type { DocumentContext } from '../context.ts';

/** Reporting on a task done: «доложить», «представить (информацию)», «направить (материалы)», «проинформировать». */
const REPORT = /^(?:доложить|представить|направить|проинформировать|информировать|сообщить|отчитаться)$/iu;

/**
 * «поручил до 15 ноября завершить уничтожение очагов и обеспечить патрулирование трассы», «потребовал …
 * устранить нарушения и привлечь виновных к ответственности», «усилить досмотр … и до 1 октября провести
 * проверку …»: after «и», an infinitive (a deadline may come first) starts a task of its own. Not when the
 * word before «и» is itself an infinitive («усилить и активизировать работу»: one task, two verbs), nor when
 * the task's object is a pronoun («… и организовать их снос»: the same task goes on), nor when it is to report
 * on the task («провести ревизию дел и доложить о результатах», «… и представить информацию в ДПН»). Offsets
 * in `text`.
 */
export function joinedTaskCuts(ctx: DocumentContext, text: string): number[] {
  const out: number[] = [];
  const infinitive = (w: string) =>
    ctx.morph(w.toLowerCase()).some((p) => p.tag.POS === 'INFN' && p.score > 0.2);
  const AND =
    /(?<=(\p{L}+)[»"]?)\s+и\s+(?:(?:в срок |не позднее )?до [^,.;]{1,40}?\s+(?:[—–-]\s+)?)?(\p{Ll}+(?:ать|ять|ить|еть|уть|ыть|ти|чь)(?:ся)?)\s+(\p{L}+)/gu;
  for (const m of text.matchAll(AND)) {
    const [, before, verb, next] = m;
    if (infinitive(before!) || !infinitive(verb!)) continue;
    if (/^(?:их|его|ее|её|это|эту|этот|эти)$/iu.test(next!) || REPORT.test(verb!)) continue;
    out.push(m.index);
  }
  return out;
}

/** A time of the sentence: where it is and whether it is a deadline («до 1 марта»). */
interface Timed {
  start: number;
  end: number;
  deadline?: boolean;
  date?: string | null;
}

/**
 * A task's deadline: one said within it; else the nearest said before it in the sentence («в срок до 15 января
 * устранить нарушения и привлечь виновных»: both by then); else one said in none of the sentence's other
 * tasks («… до конца года»). A deadline inside a later task («усилить работу … и до 1 марта обеспечить
 * блокировку») is that task's only.
 */
export function taskDeadline<T extends Timed>(
  times: T[],
  own: { start: number; end: number },
  others: { start: number; end: number }[],
): T | undefined {
  const deadlines = times.filter((t) => t.deadline);
  const inside = (t: T, p: { start: number; end: number }) => t.start >= p.start && t.end <= p.end;
  return (
    deadlines.find((t) => inside(t, own)) ??
    deadlines.filter((t) => t.end <= own.start).at(-1) ??
    deadlines.find((t) => !others.some((p) => p !== own && inside(t, p)))
  );
}
