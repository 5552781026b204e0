import { seizureKey } from './seizure-entity.ts';
import type { DocumentContext, Mention } from '../context.ts';

/** Words before an amount that make it a total: «Всего изъято», «В ходе ОПМ … изъято», «За прошедшую неделю». */
const TOTAL =
  /(?:^|[\s,:])(?:всего|в общей сложности|итого|в ходе (?:опм|операции|мероприятия|оперативно-профилактического мероприятия)|с начала (?:опм|операции|мероприятия)|за (?:прошедшую |минувшую |истекшую )?неделю|итоги опм)(?![\p{L}])/iu;

/**
 * «Всего в ходе ОПМ изъято свыше 6 кг синтетических наркотиков» after (or before) the operation's episodes
 * («у жителя Кордая изъято 4,7 кг мефедрона»): each smaller seizure told apart from the total is counted in it
 * — the smallest total larger than it — unless the text already puts it in another. Inferred: the release
 * does not say which seizures the total sums.
 */
export function relateSeizureTotals(ctx: DocumentContext, seizures: Mention[]): void {
  const kg = (m: Mention) => {
    const amount = ctx.builder.entityOf(seizureKey(m.name))?.properties.amountKg;
    return typeof amount === 'number' ? amount : undefined;
  };
  const substance = (m: Mention) =>
    String(ctx.builder.entityOf(seizureKey(m.name))?.properties.substance ?? '');
  const sentence = (m: Mention) =>
    ctx.sentences.find((s) => s.sentence.start <= m.start && m.start < s.sentence.end);
  const totals = seizures.filter((m) => {
    const sc = sentence(m);
    return sc && kg(m) !== undefined && TOTAL.test(ctx.folded.slice(sc.sentence.start, m.start));
  });
  for (const part of seizures) {
    const amount = kg(part);
    if (amount === undefined || ctx.builder.relationshipsFrom('INCLUDED_IN', part.ref).length) continue;
    const total = totals
      .filter((t) => t.ref !== part.ref && kg(t)! > amount && sentence(t) !== sentence(part))
      .filter((t) => holds(substance(t), substance(part)))
      .sort((a, b) => kg(a)! - kg(b)!)[0];
    if (!total) continue;
    ctx.builder.relate({
      type: 'INCLUDED_IN',
      from: part.ref,
      to: total.ref,
      evidence: part,
      basis: 'Told apart from a larger total the release gives for the operation or period: counted in it.',
      basisRu:
        'Названо отдельно от большего итога, который релиз приводит за операцию или период: входит в него.',
      confidence: 0.55,
    });
  }
}

/** Words of a class of drugs rather than one drug: a total of them may hold any drug. */
const CLASS = /наркот|средств|веществ|препарат/iu;

/**
 * «изъято 21,4 кг марихуаны … Ещё одна партия – 860 граммов гашиша»: a total of one drug holds only that drug,
 * and a part named only by its class («3,9 тонны наркотиков») is no part of one drug's total.
 */
function holds(total: string, part: string): boolean {
  if (!total || CLASS.test(total)) return true;
  const stem = (s: string) => s.toLowerCase().replaceAll('ё', 'е').split(/\s+/u).at(-1)!.slice(0, 5);
  return Boolean(part) && !CLASS.test(part) && stem(total) === stem(part);
}
