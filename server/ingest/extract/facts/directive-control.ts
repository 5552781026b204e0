import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

// Who keeps an instruction under control: said in a sentence of its own («на особом контроле у …») or inside
// the instruction («возложив контроль … на …»). Apart from the addressees, since control is a post, not a body.

export const CONTROL = /на (?:особом |личном |постоянном )?контроле (?:находится )?у ([^.;]+)/iu;

/** "Эта линия на особом контроле находится у главы государства и у министра МВД": UNDER_CONTROL_OF. */
export function attachControl(
  ctx: DocumentContext,
  sc: SentenceContext,
  directive: Mention | undefined,
): void {
  const m = CONTROL.exec(sc.sentence.text);
  if (!m || !directive) return;
  // Only posts named after "на контроле у" in this sentence (not the addressees of a directive it also gives).
  const start = sc.sentence.start + m.index;
  for (const post of mentionsOf(sc, 'Position')) {
    if (post.start < start) continue;
    ctx.builder.relate({
      type: 'UNDER_CONTROL_OF',
      from: directive.ref,
      to: post.ref,
      evidence: {
        start: trimToWord(ctx, sc, start),
        end: sc.sentence.end - (/[.!]$/.test(sc.sentence.text) ? 1 : 0),
      },
      confidence: 0.8,
    });
  }
}

function trimToWord(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const head = ctx.text.slice(sc.sentence.start, at);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf(', '));
  return cut >= 0 ? sc.sentence.start + cut + 2 : sc.sentence.start;
}

/** «…, возложив контроль за исполнением на первого заместителя начальника ДП ВКО»: said within the instruction. */
const CONTROL_GIVEN = /возложив\s+контроль\s+(?:за\s+[^.,;]{0,60}?\s+)?на\s/iu;

/** UNDER_CONTROL_OF the post named after «возложив контроль … на» inside this instruction's own words. */
export function attachGivenControl(
  ctx: DocumentContext,
  sc: SentenceContext,
  directive: Mention,
  own: { start: number; end: number },
): void {
  const m = CONTROL_GIVEN.exec(ctx.folded.slice(own.start, own.end));
  if (!m) return;
  const at = own.start + m.index;
  const post = mentionsOf(sc, 'Position').find((p) => p.start >= at + m[0].length && p.end <= own.end);
  if (!post) return;
  ctx.builder.relate({
    type: 'UNDER_CONTROL_OF',
    from: directive.ref,
    to: post.ref,
    evidence: { start: at, end: post.end },
    confidence: 0.8,
  });
}
