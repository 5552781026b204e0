import { covered, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { newBody } from './new-body.ts';

const NAME = 'Местные исполнительные органы';

/** A task set before the words: «поручено … совместно с МИО», «рекомендовала … совместно с МИО». */
const TASKED =
  /(?<!\p{L})(?:поруч\p{L}*|рекомендова\p{L}*|предлож\p{L}*|предписа\p{L}*|обязал\p{L}*|необходимо)(?!\p{L})/iu;

/**
 * «поручено … совместно с местными исполнительными органами», «МИО»: the akimats as a kind of body, which
 * releases name as a partner of a task. One body per release, named in the plural as the press names it.
 * Where they only helped in a raid or are spoken of («силами местных исполнительных органов уничтожено»,
 * «без помощи местных исполнительных органов») annotators name no body (4 sets of 5), so neither does this.
 */
export function executiveBodiesAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const t = sc.tokens;
  const words =
    t[i]?.text === 'МИО'
      ? 1
      : ['местный', 'исполнительный', 'орган'].every((w, k) => t[i + k]?.forms.has(w))
        ? 3
        : 0;
  if (words === 0 || covered(sc, i + words - 1)) return null;
  const before = ctx.folded.slice(sc.sentence.start, t[i]!.start);
  if (!TASKED.test(before)) return null;
  const body = newBody(ctx, sc, { from: i, to: i + words, headTo: i + words, name: NAME }, null);
  body.generic = true;
  return body;
}
