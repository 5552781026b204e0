import { RELATIONSHIP_TYPES } from '../../../../vocabulary/index.ts';
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
  const only = new Set(inside.map((x) => x.parent.ref).filter((ref) => !onOwn.has(ref)));
  // A region's own department («УПН ДП Атырауской области») stays: annotators keep the ДП its unit is part of.
  const folded = inside.filter(
    (x) => only.has(x.parent.ref) && (!x.parent.regionId || /^Акимат/u.test(x.parent.name)),
  );
  for (const ref of new Set(folded.map((x) => x.parent.ref))) foldIntoBody(ctx, ref, inside);
  ctx.builder.dropUnrelated(only);
}

/**
 * «в адрес Управления здравоохранения акимата Жамбылской области», «Департамент КНБ по …»: an akimat or a
 * republican body named only as the tail of a body's name, that no fact but that PART_OF uses, is not an
 * entity of the release either (annotators leave it out: akimats on three sets of three, КНБ/МВД on most);
 * it folds into the body that names it.
 */
function foldIntoBody(
  ctx: DocumentContext,
  ref: string,
  inside: readonly { body: Mention; parent: Mention }[],
): void {
  const bodies = new Set(inside.filter((x) => x.parent.ref === ref).map((x) => x.body.ref));
  for (const type of RELATIONSHIP_TYPES) {
    if (ctx.builder.relationshipsFrom(type, ref).length > 0) return;
    const sources = ctx.builder.sourcesOf(type, ref);
    if (sources.length > 0 && (type !== 'PART_OF' || sources.some((s) => !bodies.has(s)))) return;
  }
  // Named inside two bodies' names, it is their common parent: folding it into one would join the other to it.
  const parts = ctx.builder.sourcesOf('PART_OF', ref);
  if (parts.length === 1) ctx.builder.mergeInto(ref, parts[0]!);
}
