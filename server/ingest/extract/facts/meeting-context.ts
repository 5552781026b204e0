import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { attendeesIn, participantsIn } from './meeting-links.ts';

const SPOKE =
  /(?<![\p{L}])(?:отметил|рассказал|сообщил|подчеркнул|доложил|заявил|пояснил|проинформировал|выступил|поручил|обратил)[аи]?(?![\p{L}])/iu;
const AT_THE_MEETING =
  /(?:по итогам|на|в ходе|в рамках)\s+(?:совещани|заседани|коллеги|встреч|брифинг|семинар)\p{L}*/iu;

/**
 * What the rest of a meeting's release says about it: the sentence right after it («В нём приняли участие …»)
 * names its participants; people who speak or instruct later in the release attended it (inferred: the release
 * reports their words within its account of the meeting); directives given «По итогам совещания» it produced
 * (stated), those given later in its account probably did (inferred).
 */
export function relateToMeetings(ctx: DocumentContext, meetings: Mention[], directives: Mention[]): void {
  const first = meetings[0];
  if (!first) return;
  for (const meeting of meetings) {
    const at = sentenceOf(ctx, meeting);
    const next = ctx.sentences[at + 1];
    if (!next || meetings.some((m) => sentenceOf(ctx, m) === next.index)) continue;
    for (const body of participantsIn(ctx, next))
      ctx.builder.relate({
        type: 'PARTICIPATED_IN',
        from: body.ref,
        to: meeting.ref,
        evidence: { start: next.sentence.start, end: body.end },
        confidence: 0.75,
      });
    // «В работе комиссии приняли участие начальник ДП … Нуржан Сагындыков»: the people named there attended.
    for (const person of attendeesIn(ctx, next))
      ctx.builder.relate({
        type: 'ATTENDED',
        from: person.ref,
        to: meeting.ref,
        evidence: { start: next.sentence.start, end: person.end },
        confidence: 0.75,
      });
  }
  const from = sentenceOf(ctx, first);
  for (const sc of ctx.sentences.slice(from)) {
    const speaker = speakerOf(ctx, sc);
    if (!speaker || speaker.start < first.start) continue;
    // The meeting whose account it is: the last one named up to this sentence.
    const meeting = meetings.filter((m) => m.start < sc.sentence.end).at(-1) ?? first;
    ctx.builder.relate({
      type: 'ATTENDED',
      from: speaker.ref,
      to: meeting.ref,
      evidence: { start: Math.min(speaker.start, sc.sentence.start), end: speakerEnd(ctx, sc, speaker) },
      basis: 'The release reports what this person said within its account of the meeting.',
      confidence: 0.5,
    });
  }
  for (const directive of directives) {
    const meeting = meetings.filter((m) => m.start <= directive.start).at(-1);
    if (!meeting) continue;
    const sc = ctx.sentences[directive.from]!;
    const stated = AT_THE_MEETING.test(sc.sentence.text) || sentenceOf(ctx, meeting) === sc.index;
    ctx.builder.relate({
      type: 'PRODUCED',
      from: meeting.ref,
      to: directive.ref,
      evidence: stated ? { start: sc.sentence.start, end: directive.end } : directive,
      basis: stated
        ? null
        : 'Reported in the account of the meeting; the text does not say it was given there.',
      confidence: stated ? 0.75 : 0.5,
    });
  }
}

function sentenceOf(ctx: DocumentContext, m: Mention): number {
  return ctx.sentences.find((sc) => sc.sentence.start <= m.start && m.start < sc.sentence.end)?.index ?? -1;
}

/** The person whose words a sentence reports: named before a verb of speech, or the quoted block's speaker. */
function speakerOf(ctx: DocumentContext, sc: SentenceContext): Mention | undefined {
  const verb = SPOKE.exec(sc.sentence.text);
  if (verb) {
    const at = sc.sentence.start + verb.index;
    const people = mentionsOf(sc, 'Person');
    const named = people.filter((p) => p.end <= at).at(-1);
    if (named) return named;
    // «С информацией выступил заместитель начальника ДП … Виталий Гончаренко»: named right after the verb.
    const end = at + verb[0].length;
    const after = people.find((p) => p.start >= end && !/[.,;:«»"]/u.test(ctx.text.slice(end, p.start)));
    if (after) return after;
  }
  return sc.speaker && !sc.speakerInferred ? sc.speaker : undefined;
}

function speakerEnd(ctx: DocumentContext, sc: SentenceContext, speaker: Mention): number {
  const verb = SPOKE.exec(ctx.folded.slice(speaker.end, sc.sentence.end));
  return verb ? speaker.end + verb.index + verb[0].length : speaker.end;
}
