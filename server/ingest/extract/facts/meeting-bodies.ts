import { foldName } from '../../gazetteer/fold-name.ts';
import { tokenRange, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';

/**
 * «заседание (областной межведомственной) комиссии»; not a council's or a headquarters' («координационного
 * совета» at a prosecutor's office is its meeting, which the annotators do not take for a body of its own).
 */
const SITTING = /заседани\p{L}*\s+((?:\p{L}+(?:ой|ого|ей|его)\s+){0,3}комиссии)(?![\p{L}])/iu;
/** What the body's name goes on with: «по противодействию наркомании …», «при акимате области». */
const NAME_TAIL =
  /^(?:\s+(?:по|при)\s+[^,.;:«»]*?)?(?=\s+(?:прошл\p{L}*|состоял\p{L}*|под\s|с\s+участием|в\s+присутствии|посвящ\p{L}*|провел\p{L}*|начал\p{L}*)|\s*[,.;:«»]|\s*$)/iu;

/**
 * «заседание межведомственной комиссии по противодействию наркомании и наркобизнесу»: a sitting of a
 * commission is held by that body, which the release names only through its sitting.
 * Proposes the body (an Agency named in the nominative) and returns it, or nothing for another meeting.
 */
export function sittingBody(
  ctx: DocumentContext,
  sc: SentenceContext,
  meeting: Mention,
): Mention | undefined {
  const m = SITTING.exec(ctx.folded.slice(meeting.start, sc.sentence.end));
  if (!m || meeting.start + m.index >= meeting.end) return undefined;
  const start = meeting.start + m.index + m[0].length - m[1]!.length;
  let end = start + m[1]!.length;
  const tail = NAME_TAIL.exec(ctx.text.slice(end, sc.sentence.end));
  if (tail) end += untilVerb(ctx, tail[0]);
  // Another rule may have read the whole name already («межведомственная комиссия … при акимате»).
  const known = sc.mentions.find((x) => x.label === 'Agency' && x.start === start && x.end >= end);
  if (known) return known;
  const words = ctx.text.slice(start, start + m[1]!.length).split(/\s+/u);
  const name = `${nominativePhrase(ctx.morph, words)}${ctx.text.slice(start + m[1]!.length, end)}`;
  const key = `Agency|new|${foldName(name)}`;
  const ref = ctx.builder.entity({
    key,
    label: 'Agency',
    name,
    existingId: null,
    mention: { start, end },
    confidence: 0.7,
  });
  const { from, to } = tokenRange(sc, start, end);
  const body: Mention = {
    start,
    end,
    label: 'Agency',
    ref,
    name,
    existingId: null,
    from,
    to,
  };
  sc.mentions.push(body);
  return body;
}

/**
 * How much of a name's tail comes before its first finite verb: «… при акимате области выступил начальник …»
 * ends the name at «области», whichever verb the writer chose.
 */
function untilVerb(ctx: DocumentContext, tail: string): number {
  for (const word of tail.matchAll(/\p{L}{4,}/gu)) {
    const verb = ctx
      .morph(word[0].toLowerCase())
      .some((p) => p.score > 0.3 && p.tag.POS === 'VERB' && p.tag.MOod === 'indc');
    if (verb) return tail.slice(0, word.index).trimEnd().length;
  }
  return tail.length;
}
