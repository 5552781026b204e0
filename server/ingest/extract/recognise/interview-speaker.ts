import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

const DASH_LINE = /^\s*[-–—]\s*/u;
/** «ответил на вопросы нашего корреспондента», «в интервью …», «рассказал в беседе …». */
const INTERVIEW = /вопрос|интервью|бесед/iu;
/** «О том, как пограничники противостоят контрабанде, рассказал начальник …»: the lead names who answers. */
const TOLD = /(?<!\p{L})(?:рассказал|ответил|поделился)[аи]?(?!\p{L})/iu;

/**
 * An interview: lines opened by a dash, the questions ending with «?», the answers not. The answers are the
 * words of the person the lead introduces (the first named in a sentence that speaks of questions or an
 * interview, before the first line), so each answer sentence has that speaker, quoted — as a «Имя — должность:»
 * block would. Sentences another rule gave a speaker keep theirs.
 */
export function interviewSpeaker(ctx: DocumentContext): void {
  const lines = ctx.sentences.map((sc) => lineOf(ctx, sc));
  const questions = lines.filter((l) => DASH_LINE.test(l) && l.trim().endsWith('?'));
  if (new Set(questions).size < 2) return;
  const first = lines.findIndex((l) => DASH_LINE.test(l));
  const lead = ctx.sentences
    .slice(0, first)
    .find(
      (sc) =>
        (INTERVIEW.test(sc.sentence.text) || TOLD.test(sc.sentence.text)) && mentionsOf(sc, 'Person').length,
    );
  const person: Mention | undefined = lead && mentionsOf(lead, 'Person')[0];
  if (!person) return;
  ctx.sentences.forEach((sc: SentenceContext, i) => {
    const line = lines[i]!;
    if (i < first || !DASH_LINE.test(line) || line.trim().endsWith('?') || sc.speaker) return;
    sc.speaker = person;
    sc.quoted = true;
  });
}

function lineOf(ctx: DocumentContext, sc: SentenceContext): string {
  const start = ctx.text.lastIndexOf('\n', sc.sentence.start - 1) + 1;
  const end = ctx.text.indexOf('\n', sc.sentence.end);
  return ctx.text.slice(start, end < 0 ? ctx.text.length : end);
}
