import { pronounSubject, soleHolder } from './post-holder.ts';
import { between, mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

/**
 * «Исполнение поручений взято на личный контроль начальника департамента», «Исполнение поставлено на контроль
 * министра …», «Исполнение поручений он взял на личный контроль»: the execution is the subject and the post
 * whose control it is follows in the genitive, or a pronoun names who took it.
 */
export const CONTROL_TAKEN =
  /исполнени\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:(?:был[оа]?\s+)?(?:взят[оа]?|поставлен[оа]?)|((?:он|она)\s+)(?:взял|поставил)[аи]?)\s+на\s+(?:особый\s+|личный\s+|постоянный\s+)?контроль(?![\p{L}])/iu;

/**
 * UNDER_CONTROL_OF for the instructions told just before (this paragraph, else the one before): the posts named in
 * the clause after «контроль» (stated), else the post the pronoun's person holds now (inferred). Instructions
 * given in the passive with no issuer were given by the holder of the post that controls them (inferred).
 */
export function controlTaken(ctx: DocumentContext, sc: SentenceContext, directives: Mention[]): void {
  const m = CONTROL_TAKEN.exec(sc.sentence.text);
  if (!m) return;
  const at = sc.sentence.start + m.index;
  const after = at + m[0].length;
  // «…, а план мероприятий необходимо представить …»: the clause ends where another begins.
  const clauseEnd = after + (/,\s+(?:а|и|но)\s/u.exec(between(ctx, after, sc.sentence.end))?.index ?? 1e9);
  const named = mentionsOf(sc, 'Position').filter((p) => p.start >= after && p.end <= clauseEnd);
  // The instructions of this paragraph, else of the one before, that no other control covers yet.
  const free = directives.filter(
    (d) => ctx.builder.relationshipsFrom('UNDER_CONTROL_OF', d.ref).length === 0,
  );
  const inParagraph = (back: number) =>
    free.filter((d) => ctx.sentences[d.from]!.sentence.paragraph === sc.sentence.paragraph - back);
  // «Исполнение представления поставлено на контроль …»: the one representation told last, wherever it is.
  const representation = /^исполнени\p{L}*\s+представлени/iu.test(m[0])
    ? free.filter((d) => d.from <= sc.index && /^Представление/u.test(d.name)).slice(-1)
    : [];
  const near = representation.length
    ? representation
    : inParagraph(0).length > 0
      ? inParagraph(0)
      : inParagraph(1);
  const evidence = { start: at, end: named.at(-1)?.end ?? after };
  if (named.length > 0) {
    for (const directive of near)
      for (const post of named) {
        ctx.builder.relate({
          type: 'UNDER_CONTROL_OF',
          from: directive.ref,
          to: post.ref,
          evidence,
          confidence: 0.8,
        });
        issuedByHolder(ctx, directive, post.ref, evidence);
      }
    return;
  }
  if (m[1] === undefined) return;
  const person = pronounSubject(ctx, sc, at + m[0].indexOf(m[1]) + m[1].length);
  const post = person
    ? ctx.builder.relationshipsFrom('HOLDS', person.ref).filter((r) => r.properties.current === true)
    : [];
  if (post.length !== 1) return;
  for (const directive of near)
    ctx.builder.relate({
      type: 'UNDER_CONTROL_OF',
      from: directive.ref,
      to: post[0]!.to,
      evidence,
      basis: 'The pronoun stands for the person named just before; the control is that of the post he holds.',
      basisRu: 'Местоимение указывает на названного перед этим человека; контроль — его должности.',
      confidence: 0.6,
    });
}

/** «… поручено … Исполнение взято на контроль начальника департамента»: the post's holder gave them. */
function issuedByHolder(
  ctx: DocumentContext,
  directive: Mention,
  post: string,
  evidence: { start: number; end: number },
): void {
  const holder = soleHolder(ctx, post);
  if (!holder || ctx.builder.sourcesOf('ISSUED', directive.ref).length > 0) return;
  ctx.builder.relate({
    type: 'ISSUED',
    from: holder,
    to: directive.ref,
    evidence,
    basis: 'Given in the passive with no one named; the one whose control they are put under gave them.',
    basisRu: 'Поручения даны в страдательном залоге без имени; их дал тот, на чей контроль они поставлены.',
    confidence: 0.5,
  });
}

/**
 * «Контроль за исполнением поручения Тимур Сапаргалиев оставил за собой»: the person who kept the control, by
 * the one post the release says he holds now, placed at his name.
 */
export function keptBy(ctx: DocumentContext, sc: SentenceContext): { ref: string; end: number }[] {
  const kept = /(?<![\p{L}])оставил[аи]?\s+за\s+собой/iu.exec(sc.sentence.text);
  if (!kept) return [];
  const at = sc.sentence.start + kept.index;
  const person = mentionsOf(sc, 'Person')
    .filter((p) => p.end <= at)
    .at(-1);
  const held = person
    ? ctx.builder.relationshipsFrom('HOLDS', person.ref).filter((r) => r.properties.current === true)
    : [];
  return held.length === 1 ? [{ ref: held[0]!.to, end: person!.end }] : [];
}
