import { foldName } from '../../gazetteer/fold-name.ts';
import { covered, tokenSpan, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { genericRepeat } from './generic-post.ts';
import { bodyBeforeOffice } from './office-body.ts';
import { plural, postMention } from './post-mention.ts';
import { postObject } from './post-object.ts';
import { CONTINUATIONS, isModifier, isTitle } from './post-words.ts';
import { sharedTitleBody } from './shared-title.ts';

/**
 * Posts: a title ("первый заместитель начальника", "официальный представитель") followed by its body's
 * mention, "министр(а) внутренних дел" (the ministry named by its field), a place ("аким Павлодарской области",
 * "прокурор области"), a body referred back to ("начальник департамента"), or generic objects ("начальникам
 * подразделений", only as addressees). Linked to the graph's post of the same title in the same body;
 * otherwise new, named in the nominative with the body as written. A title alone repeats a post named before
 * ("Первый заместитель министра" after "первого заместителя министра внутренних дел РК").
 */
export function findPositions(ctx: DocumentContext, sc: SentenceContext): void {
  const t = sc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (covered(sc, i)) continue;
    let k = i;
    while (k < t.length && !covered(sc, k) && isModifier(t[k]!)) k++;
    if (k >= t.length || covered(sc, k) || !isTitle(t[k]!)) continue;
    const head = t[k]!.text;
    k++;
    while (k < t.length && !covered(sc, k) && [...t[k]!.forms].some((f) => CONTINUATIONS.has(f))) k++;
    const titleEnd = k;
    // «старший советник юстиции»: a class rank of prosecutors, not a post.
    if (/^юстиции$/iu.test(t[titleEnd]?.text ?? '')) {
      i = titleEnd;
      continue;
    }
    let found = postObject(ctx, sc, titleEnd);
    const office = found.to > titleEnd ? undefined : bodyBeforeOffice(ctx, sc, i);
    if (office) found = { to: titleEnd, body: office, before: true };
    const words = t.slice(i, titleEnd).map((x) => x.text);
    const title = nominativePhrase(ctx.morph, words);
    // "участковые инспекторы провели …", "приняли участие руководители ДП …": people, not a post; a plural
    // post is one when instructions are addressed to it ("начальникам подразделений").
    if (plural(ctx, head) && !ctx.morph(head).some((p) => p.tag.CAse === 'datv')) continue;
    if (
      titleEnd - i === 1 &&
      found.to === titleEnd &&
      !found.body &&
      !/^(?:министр|аким|прокурор)/i.test(t[i]!.text)
    ) {
      const earlier = earlierPost(ctx, sc, title);
      if (earlier) sc.mentions.push(repeat(ctx, sc, earlier, i, titleEnd));
      continue;
    }
    const general =
      !found.body && !found.place && !found.district && found.to > titleEnd && !plural(ctx, head)
        ? genericRepeat(ctx, sc, title, { from: titleEnd, to: found.to })
        : undefined;
    if (general === 'none') {
      i = found.to - 1;
      continue;
    }
    const earlier = general ?? (!found.body && !found.place ? earlierPost(ctx, sc, title) : undefined);
    if (earlier) {
      sc.mentions.push(repeat(ctx, sc, earlier, i, found.to));
      i = found.to - 1;
      continue;
    }
    sc.mentions.push(postMention(ctx, sc, { from: i, titleEnd, head }, title, found));
    i = found.to - 1;
    const shared = plural(ctx, head) ? sharedTitleBody(ctx, sc, head, found.to) : undefined;
    if (shared) {
      const { body, title: one } = shared;
      sc.mentions.push(
        postMention(ctx, sc, { from: body.from, titleEnd: body.from, head: one }, one, { to: body.to, body }),
      );
      i = body.to - 1;
    }
  }
}

/** A post named before whose name starts with this title: its abbreviated repeat. */
function earlierPost(ctx: DocumentContext, sc: SentenceContext, title: string): Mention | undefined {
  const folded = foldName(title);
  return ctx.sentences
    .slice(0, sc.index)
    .flatMap((s) => s.mentions)
    .find((m) => m.label === 'Position' && foldName(m.name).startsWith(`${folded} `));
}

function repeat(
  ctx: DocumentContext,
  sc: SentenceContext,
  earlier: Mention,
  from: number,
  to: number,
): Mention {
  const span = tokenSpan(sc, from, to);
  ctx.builder.addMention(earlier.ref, span);
  return { ...earlier, ...span, from, to };
}
