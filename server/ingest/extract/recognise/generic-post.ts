import { foldName } from '../../gazetteer/fold-name.ts';
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';

/**
 * A singular title named only in general terms («начальник полиции остановился …», «назначенный руководителем
 * городской полиции»): the one post of that title the release named with its body before — a repeat, as a
 * pronoun would be; nothing when it names several (which one is unsaid) or when the words go on with «по …»
 * («начальником отдела по борьбе с экономическими преступлениями …»: a unit the recognisers do not know, no
 * repeat of another). Undefined: no such case, the caller proceeds as before.
 */
export function genericRepeat(
  ctx: DocumentContext,
  sc: SentenceContext,
  title: string,
  object: { from: number; to: number },
): Mention | 'none' | undefined {
  if (/^по$/iu.test(sc.tokens[object.to]?.text ?? '')) return 'none';
  const written = sc.tokens
    .slice(object.from, object.to)
    .map((t) => t.text)
    .join(' ');
  // «руководитель городской полиции» is the police body's head, whose post is «начальник».
  const head = foldName(/^руководител/iu.test(title) && /полици/iu.test(written) ? 'начальник' : title);
  const start = sc.tokens[object.from]!.start;
  const earlier = new Map<string, Mention>();
  for (const s of ctx.sentences.slice(0, sc.index + 1))
    for (const m of s.mentions)
      if (m.label === 'Position' && !m.generic && m.end <= start && foldName(m.name).startsWith(`${head} `))
        earlier.set(m.ref, m);
  if (earlier.size === 1) return [...earlier.values()][0];
  return earlier.size > 1 ? 'none' : undefined;
}
