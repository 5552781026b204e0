import { foldName } from '../../gazetteer/fold-name.ts';
import type { DocumentContext, Mention } from '../context.ts';

/**
 * «… внесено представление об устранении нарушений. Руководству ДП ЗКО предписано уничтожить … и провести …»:
 * the instructions that follow a prosecutor's representation, in its paragraph or the next, and go to the
 * same body (or the post that heads it) are what it demands: the representation INCLUDES them (inferred).
 */
export function relateRepresentationItems(ctx: DocumentContext, directives: Mention[]): void {
  const kindOf = (d: Mention) => ctx.builder.entityOf(`Directive|${foldName(d.name)}`)?.properties.kind;
  for (const representation of directives.filter((d) => kindOf(d) === 'representation')) {
    const paragraph = ctx.sentences[representation.from]!.sentence.paragraph;
    const addressed = new Set(
      ctx.builder.relationshipsFrom('ASSIGNED_TO', representation.ref).map((r) => r.to),
    );
    for (const post of [...addressed])
      for (const r of ctx.builder.relationshipsFrom('POSITION_IN', post)) addressed.add(r.to);
    if (!addressed.size) continue;
    for (const item of directives) {
      if (item.from <= representation.from || kindOf(item) === 'representation') continue;
      if (ctx.sentences[item.from]!.sentence.paragraph > paragraph + 1) break;
      const to = ctx.builder.relationshipsFrom('ASSIGNED_TO', item.ref).map((r) => r.to);
      if (!to.some((ref) => addressed.has(ref))) continue;
      ctx.builder.relate({
        type: 'INCLUDES',
        from: representation.ref,
        to: item.ref,
        evidence: representation,
        basis: 'Demanded of the same body right after the representation was made.',
        basisRu: 'Требуется от того же органа сразу после внесения представления.',
        confidence: 0.55,
      });
    }
  }
}
