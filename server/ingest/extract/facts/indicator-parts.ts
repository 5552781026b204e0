import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { CHANNEL_NOUN, ITEM_NOUN, PEOPLE_NOUN } from './counted-nouns.ts';

// What the parts and sentences of indicators.ts are not: parts of things or of one case's people, and figures
// asked about.

/**
 * «— Правда ли, что число закладчиков выросло на 30 %?», «Почему … выросло на 20 %?» — спросил журналист: a
 * figure asked about is the asker's, not the release's; the answer tells it if it is so.
 */
const QUESTION = /\?\s*[»"]?\s*(?:[,—–-]+\s*\p{L}[^?]*)?$/u;
/**
 * Appointments and instructions speak of figures to reach, not figures reached; «назначенный на эту должность»
 * only describes a speaker.
 */
const NOT_INDICATOR = /назначен(?!н)|поруч(?:и|ен|ае)|необходимо/iu;
/** «обратил внимание на рост …», «указала на снижение …»: a move the speaker notes, before any task. */
const NOTED =
  /(?:обратил\p{L}*\s+(?:особое\s+)?внимание|указал\p{L}*)\s+на\s+(?:рост|увеличени|снижени|сокращени)/iu;

/**
 * Where a sentence's task starts: its end when it sets none; undefined when it is a task (its figures are to
 * reach). «обратил внимание на рост числа потребителей … и поручил …»: a move noted before the task is read up
 * to it.
 */
export function taskStart(sc: SentenceContext): number | undefined {
  const text = sc.sentence.text;
  const task = NOT_INDICATOR.exec(text);
  if (!task) return sc.sentence.end;
  if (!NOTED.test(text.slice(0, task.index))) return undefined;
  return (
    sc.sentence.start + task.index - /[\s,]*(?:(?:и|а)\s+)?$/u.exec(text.slice(0, task.index))![0].length
  );
}

/**
 * «рост объясняется активным выявлением латентных преступлений», «снижение связано с ростом числа рейдов»:
 * a metric told as the cause of a move is no metric that moved.
 */
export function causeOfMove(ctx: DocumentContext, sc: SentenceContext, at: number): boolean {
  const clause = ctx.folded
    .slice(sc.sentence.start, at)
    .split(/[;:]|,\s/u)
    .at(-1)!;
  if (/(?:объясня|связан|обусловлен|вызван|объясн)\p{L}*\s/iu.test(clause)) return true;
  // «Рост числа выявленных преступлений — это прежде всего результат …», «рост … связан с …»: a move named
  // only to explain it is the subject of the explanation, not a figure told.
  return MOVE_NOUN.test(clause) && EXPLAINED.test(ctx.folded.slice(at, Math.min(sc.sentence.end, at + 160)));
}

const MOVE_NOUN = /(?:^|\s|«)(?:рост|снижение|увеличение|сокращение)\p{L}*\s+(?:(?:числа|количества)\s+)?$/iu;
const EXPLAINED =
  /^[^.;:—–]*?(?:\s[—–]\s*(?:это\s+)?(?:(?:прежде\s+всего|в\s+первую\s+очередь|во\s+многом)\s+)?результат|\s(?:связан|объясня|обусловлен|вызван)\p{L}*\s)/iu;

/** Whether a sentence is a question (its figures are the asker's). */
export function askedQuestion(text: string): boolean {
  return QUESTION.test(text.trim());
}

/** Where the last of a metric's figures before a part ends: the nearest total is the part's. */
export function lastEnd(figures: Figure[], part: Figure): number {
  return Math.max(...figures.filter((f) => f.end <= part.start).map((f) => f.end));
}

/**
 * «перекрыто шесть каналов поставки, два из которых вели из Шымкента», «изъято 40 свёртков, 12 из них …»: a
 * part of channels or pieces seized belongs to that channel or seizure, not to an indicator of its own; a part
 * of a few people of one case («трое членов группы, в том числе двое иностранцев») to that case.
 */
export function partOfThings(sc: SentenceContext, part: Figure): boolean {
  const whole = sc.figures.filter((f) => f.end <= part.start && !f.isChange).at(-1);
  if (!whole?.noun) return false;
  // «задержаны трое членов группы, в том числе двое иностранцев»: people of one case told in words.
  if (
    whole.inWords &&
    PEOPLE_NOUN.test(whole.noun) &&
    !/ответственност|осужд|уч[её]т/iu.test(sc.sentence.text)
  )
    return true;
  return [CHANNEL_NOUN, ITEM_NOUN].some((re) => re.test(whole.noun!));
}
