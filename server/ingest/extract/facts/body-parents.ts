import { headlineOf, type DocumentContext, type Mention } from '../context.ts';

/** Where a mention sits inside a longer body's or post's name («КНБ» in «Департамент КНБ по …»). */
function container(mentions: readonly Mention[], m: Mention, labels: readonly string[]): Mention | undefined {
  return mentions.find(
    (o) =>
      o !== m &&
      labels.includes(o.label) &&
      o.start <= m.start &&
      o.end >= m.end &&
      o.end - o.start > m.end - m.start,
  );
}

/**
 * «Департамент КНБ по Туркестанской области» states that it is part of the КНБ: PART_OF the parent body named
 * inside its name, when the release also speaks of that parent on its own («КНБ напоминает …», not only in the headline). A parent
 * named only inside other names is not an entity of the release (the gold rule), so it is dropped instead.
 */
export function relateNamedParents(ctx: DocumentContext): void {
  const onOwn = new Set<string>();
  const inside: { body: Mention; parent: Mention }[] = [];
  const headline = headlineOf(ctx);
  for (const sc of ctx.sentences) {
    for (const m of sc.mentions) {
      if (m.label !== 'Agency') continue;
      const body = container(sc.mentions, m, ['Agency']);
      if (body) inside.push({ body, parent: m });
      // The headline's «КНБ пресёк …» is shorthand for the body the lead names.
      else if (sc !== headline && !container(sc.mentions, m, ['Position'])) onOwn.add(m.ref);
    }
  }
  for (const { body, parent } of inside) {
    if (!onOwn.has(parent.ref) || body.ref === parent.ref) continue;
    ctx.builder.relate({ type: 'PART_OF', from: body.ref, to: parent.ref, evidence: body, confidence: 0.8 });
  }
  ctx.builder.dropUnrelated(new Set(inside.map((x) => x.parent.ref).filter((ref) => !onOwn.has(ref))));
}
