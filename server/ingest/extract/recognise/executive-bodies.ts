import { covered, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { newBody } from './new-body.ts';

const NAME = 'Местные исполнительные органы';

/**
 * «совместно с местными исполнительными органами», «МИО»: the akimats as a kind of body, which republican
 * releases name as a partner. One body per release, named in the plural as the press names it.
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
  const body = newBody(ctx, sc, { from: i, to: i + words, headTo: i + words, name: NAME }, null);
  body.generic = true;
  return body;
}
