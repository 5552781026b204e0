import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';

/** «…, сообщил прокурор области Ельдос Жумаханов»: the person right after the reporting verb, else the speaker. */
export function announcer(ctx: DocumentContext, sc: SentenceContext): Mention | undefined {
  const said =
    REPORTED_BY.exec(ctx.folded.slice(sc.sentence.start, sc.sentence.end)) ??
    ACCORDING_TO.exec(ctx.folded.slice(sc.sentence.start, sc.sentence.end));
  if (said) {
    const at = sc.sentence.start + said.index + said[0].length;
    const person = sc.mentions.find((x) => x.label === 'Person' && x.start >= at && x.start - at < 80);
    if (person) return person;
  }
  return sc.speaker;
}

/** «По словам Динары Касымбековой, …»: the person named right after. */
const ACCORDING_TO = /по\s+словам(?!\p{L})/iu;
const REPORTED_BY =
  /,\s*[—–-]?\s*(?:сообщил|отметил|пояснил|рассказал|подчеркнул|заявил|доложил)\p{L}*(?!\p{L})/iu;

const SPEAKER_BASIS =
  'This paragraph follows his quoted statement; the text does not mark where his words end.';

/** ANNOUNCED by the person whose words the sentence reports (inferred after an unclosed quoted block). */
export function announce(ctx: DocumentContext, sc: SentenceContext, measure: string, evidence: Span): void {
  const speaker = announcer(ctx, sc);
  if (!speaker) return;
  ctx.builder.relate({
    type: 'ANNOUNCED',
    from: speaker.ref,
    to: measure,
    evidence,
    basis: sc.speakerInferred ? SPEAKER_BASIS : null,
    confidence: sc.speakerInferred ? 0.5 : 0.7,
  });
}
