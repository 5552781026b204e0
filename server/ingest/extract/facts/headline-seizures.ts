import { seizureKey } from './seizure-entity.ts';
import { headlineOf, type DocumentContext, type Mention } from '../context.ts';

/**
 * «В Актюбинской области изъято более 6 кг наркотиков» over a release that says «изъято 6,4 кг …»: a headline
 * rounds the amount its body gives exactly, so its seizure is the body's, not another. The headline's seizure
 * is folded into the body's one whose amount it rounds (the largest, when a total and its parts both do; one the text
 * does not call a part of another first),
 * with its facts (a stated «в ходе ОПМ … изъято» of the headline stays stated).
 */
export function mergeHeadlineSeizures(ctx: DocumentContext, seizures: readonly Mention[]): void {
  const headline = headlineOf(ctx);
  if (!headline) return;
  const inHeadline = (m: Mention) => m.start >= headline.sentence.start && m.end <= headline.sentence.end;
  const amount = (m: Mention) => {
    const p = ctx.builder.entityOf(seizureKey(m.name))?.properties;
    return typeof p?.amountKg === 'number' ? { kg: p.amountKg, qualifier: String(p.amountQualifier) } : null;
  };
  const partOf = (m: Mention) =>
    ctx.builder.relationshipsFrom('INCLUDED_IN', m.ref).some((r) => r.basis === null) ? 1 : 0;
  for (const head of seizures.filter(inHeadline)) {
    const rounded = amount(head);
    if (!rounded) continue;
    const body = seizures
      .filter((m) => !inHeadline(m) && m.ref !== head.ref)
      .map((m) => ({ m, kg: amount(m)?.kg }))
      .filter((b): b is { m: Mention; kg: number } => b.kg !== undefined && rounds(rounded, b.kg))
      // A part told of a larger amount («Из них гашиша — 61,5 кг») is the headline's only when nothing else is.
      .sort((a, b) => partOf(a.m) - partOf(b.m) || b.kg - a.kg)[0];
    if (!body) continue;
    ctx.builder.mergeInto(head.ref, body.m.ref);
  }
}

/**
 * «более 6 кг» of 6,4 kg, «около 2 кг» of 2,1, «2 кг» of 2,43, «полторы тонны» of 1 512 kg: the headline's amount
 * rounds the body's.
 */
function rounds(head: { kg: number; qualifier: string }, kg: number): boolean {
  if (kg === head.kg) return false;
  if (head.qualifier === 'over') return kg > head.kg && kg < head.kg * 1.5;
  if (head.qualifier === 'under') return kg < head.kg && kg > head.kg / 1.5;
  if (head.qualifier === 'about') return Math.abs(kg - head.kg) <= head.kg * 0.15;
  // «Полторы тонны наркотиков изъяли …» of 1 512 kg: rounded to the headline's two significant digits.
  const step = head.kg >= 100 ? 10 ** (Math.floor(Math.log10(head.kg)) - 1) : 1;
  return Math.floor(kg) === head.kg || Math.round(kg) === head.kg || Math.round(kg / step) * step === head.kg;
}
