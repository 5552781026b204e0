import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { interviewSpeaker } from './interview-speaker.ts';

const SPEECH_LINE = /^\s*[-–—•]\s*/;
const REPORTING =
  /(?:^|\s)(?:как |по словам )?(?:сообщил|отметил|пояснил|рассказал|подчеркнул|заявил|доложил|проинформировал)[аи]?(?![\p{L}\d])/iu;

/**
 * Who is speaking: a line "Имя Фамилия — должность:" opens a quoted block; the lines after it that start with
 * a dash are that person's words, and the paragraph right after the last of them probably is too (the text
 * does not mark where the quote ends). "Как сообщил X, …" and "По словам X, …" make X the speaker of the
 * sentence, and "По его словам" keeps the last one.
 */
export function findSpeakers(ctx: DocumentContext): void {
  let block: Mention | undefined;
  let speechParagraph = -1;
  let last: Mention | undefined;
  for (const sc of ctx.sentences) {
    const people = mentionsOf(sc, 'Person');
    const colon =
      /^[ \t]*:/.test(ctx.text.slice(sc.sentence.end, sc.sentence.end + 3)) || /:\s*$/.test(sc.sentence.text);
    if (people[0] && colon && people[0].start - sc.sentence.start < 3) {
      block = last = people[0];
      speechParagraph = sc.sentence.paragraph;
      continue;
    }
    if (block) {
      const paragraph = sc.sentence.paragraph;
      if (paragraph === speechParagraph || SPEECH_LINE.test(lineOf(ctx, sc))) {
        if (paragraph !== speechParagraph) speechParagraph = paragraph;
        sc.speaker = block;
        sc.quoted = true;
        continue;
      }
      if (paragraph === speechParagraph + 1 && !people.some((p) => p.ref !== block!.ref)) {
        sc.speaker = block;
        sc.speakerInferred = true;
        continue;
      }
      block = undefined;
    }
    const reporting = REPORTING.exec(sc.sentence.text);
    if (people[0] && reporting) {
      // «…, сообщил прокурор области Ельдос Жумаханов»: the one named right after the verb, if any, speaks.
      const at = sc.sentence.start + reporting.index + reporting[0].length;
      const speaker =
        people.find((p) => p.start >= at && !/[.,;:«»"]/u.test(ctx.text.slice(at, p.start))) ?? people[0];
      sc.speaker = last = speaker;
      if (quotedBefore(ctx, sc, speaker)) sc.quoted = true;
    } else if (last && /по (?:его|ее|её) словам/i.test(sc.sentence.text)) sc.speaker = last;
    else if (people[0]) last = people[0];
  }
  interviewSpeaker(ctx);
}

/**
 * «Необходимо усилить … Работу продолжим», — сообщил начальник ДП … Имя Фамилия: the words in «» before the
 * reporting verb are the speaker's, back to the sentence of the same paragraph where the quote opens.
 */
function quotedBefore(ctx: DocumentContext, sc: SentenceContext, person: Mention): boolean {
  const head = sc.sentence.text.slice(0, Math.max(0, person.start - sc.sentence.start));
  if (!/[»"“]\s*,?\s*[—–-]\s*\p{Ll}+/u.test(head)) return false;
  if (/^\s*[«"„]/u.test(head)) return true;
  for (let i = sc.index - 1; i >= 0; i--) {
    const earlier = ctx.sentences[i]!;
    if (earlier.sentence.paragraph !== sc.sentence.paragraph || earlier.speaker) break;
    earlier.speaker = person;
    earlier.quoted = true;
    if (/[«"„]/u.test(earlier.sentence.text)) break;
  }
  return true;
}

function lineOf(ctx: DocumentContext, sc: SentenceContext): string {
  const start = ctx.text.lastIndexOf('\n', sc.sentence.start - 1) + 1;
  return ctx.text.slice(start, sc.sentence.end);
}
