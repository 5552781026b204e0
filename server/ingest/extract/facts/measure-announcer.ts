import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { soleHolder } from './post-holder.ts';

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
  return sc.speaker ?? pronounAnnouncer(ctx, sc);
}

/** «Он сообщил, что …», «…», — сообщил он: who «он» is, the person last named a few sentences before. */
const PRONOUN_SAID =
  /(?:(?:^|[\s,])(?:он|она)\s+(?:также\s+)?(?:сообщил|отметил|пояснил|рассказал|подчеркнул|заявил|доложил)\p{L}*|(?:сообщил|отметил|пояснил|рассказал|подчеркнул|заявил|доложил)\p{L}*\s+(?:он|она)[\s.]*$)/iu;

function pronounAnnouncer(ctx: DocumentContext, sc: SentenceContext): Mention | undefined {
  const text = ctx.folded.slice(sc.sentence.start, sc.sentence.end);
  if (!PRONOUN_SAID.test(text) || sc.mentions.some((x) => x.label === 'Person')) return undefined;
  for (let i = sc.index - 1; i >= Math.max(0, sc.index - 3); i--) {
    const person = ctx.sentences[i]!.mentions.filter((x) => x.label === 'Person').at(-1);
    if (person) return person;
  }
  return undefined;
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
  if (!speaker) {
    announceByPost(ctx, sc, measure);
    return;
  }
  ctx.builder.relate({
    type: 'ANNOUNCED',
    from: speaker.ref,
    to: measure,
    evidence,
    basis: sc.speakerInferred ? SPEAKER_BASIS : null,
    confidence: sc.speakerInferred ? 0.5 : 0.7,
  });
}

const POST_BASIS =
  'Reported in the words of this post («по словам начальника отдела»), which this person holds.';
const POST_BASIS_RU =
  'Сказано со слов должностного лица («по словам начальника отдела»); эту должность занимает он.';

/** «по словам начальника отдела, …»: the words of a post, announced by the one person the release says holds it. */
function announceByPost(ctx: DocumentContext, sc: SentenceContext, measure: string): void {
  const said = ACCORDING_TO.exec(ctx.folded.slice(sc.sentence.start, sc.sentence.end));
  if (!said) return;
  const at = sc.sentence.start + said.index + said[0].length;
  const post = sc.mentions.find((x) => x.label === 'Position' && x.start >= at && x.start - at < 3);
  if (!post) return;
  const holder = soleHolder(ctx, post.ref);
  if (!holder) return;
  ctx.builder.relate({
    type: 'ANNOUNCED',
    from: holder,
    to: measure,
    evidence: { start: sc.sentence.start + said.index, end: post.end },
    basis: POST_BASIS,
    basisRu: POST_BASIS_RU,
    confidence: 0.55,
  });
}
