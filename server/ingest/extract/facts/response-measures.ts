import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { checkedBody } from './checked-body.ts';
import { announce } from './measure-announcer.ts';
import { proposeMeasure } from './propose-measure.ts';
import { reportingBody } from './reporting-body.ts';

/**
 * What a body does about violations it found: a prosecutor's response and its parts, sanctions, and things set
 * up and counted. Each alternative starts a measure's clause.
 */
const RESPONSE =
  /(?:меры\s+(?:прокурорского\s+)?реагирования|опротестован\p{L}*|вынесен\p{L}*\s+(?:\d[\d\s]*\s+)?предписани\p{L}*|внесен\p{L}*\s+\d[\d\s]*\s+представлени\p{L}*|к\s+(?:дисциплинарной|административной|материальной)\s+ответственности\s+привлечен\p{L}*|привлечен\p{L}*\s+к\s+(?:дисциплинарной|материальной)\s+ответственности|материал\p{L}*\s+(?:проверки\s+)?направлен\p{L}*\s+в\s|(?:открыт|оборудован|построен|создан)\p{L}*\s+(?:свыше\s+|более\s+|около\s+)?\d)/giu;
/** «, — сообщил …», «, отметил …»: the reporting clause after the measure. */
const SAID = /,\s*[—–-]?\s*(?:сообщил|отметил|пояснил|рассказал|подчеркнул|заявил|доложил)\p{L}*(?!\p{L})/iu;
/** Measures only a prosecutor takes: taken by the release's prosecutor's office when none is named. */
const PROSECUTORIAL = /прокурорск|опротест|предписани|представлени/iu;
/** «Прокуратурой области приняты меры …»: the body right before the verb did it. */
const BEFORE_VERB = /^\s*(?:\p{L}+\s+)?$/u;

const CHECKED_BASIS =
  'The measure follows the check of this body the release reports; the sentence does not name it.';
const CHECKED_BASIS_RU =
  'Мера принята по итогам проверки этого органа, о которой сказано в релизе; в предложении он не назван.';
const REPORTED_BASIS =
  'Reported by this body or its head as its own work; the sentence does not name who did it.';
const REPORTED_BASIS_RU =
  'Об этом сообщил сам орган или его руководитель как о своей работе; исполнитель в предложении не назван.';
const OFFICE_BASIS =
  "A prosecutor's measure in the release of this prosecutor's office; the sentence names no body.";
const OFFICE_BASIS_RU =
  'Мера прокурорского надзора в релизе этой прокуратуры; орган в предложении не назван.';

/**
 * Measures taken in response to what a check found: «приняты меры прокурорского реагирования», «опротестовано 5
 * незаконных актов», «вынесено 3 предписания», «к дисциплинарной ответственности привлечены 6 должностных лиц»,
 * «материалы направлены в …», «открыто 3 новых участковых пункта полиции», each with its `count`.
 * CARRIED_OUT_BY the body named before the verb (or, for a prosecutor's measure, the release's prosecutor's
 * office, inferred); CONCERNS the bodies the clause names, and the body the release says was checked (inferred).
 */
export function findResponseMeasures(
  ctx: DocumentContext,
  taken: readonly Mention[],
  skip: readonly Span[],
): void {
  const checked = checkedBody(ctx);
  const office = ctx.mainAgency && /прокуратур/iu.test(ctx.mainAgency.name) ? ctx.mainAgency : undefined;
  for (const sc of ctx.sentences) {
    if (skip.some((s) => s.start <= sc.sentence.start && s.end >= sc.sentence.start)) continue;
    for (const part of responseClauses(ctx, sc)) {
      // «приняты меры …» may be a measure already: its response facts are added to it.
      const ref =
        taken.find((m) => m.start < part.end && m.end > part.start)?.ref ?? responseMeasure(ctx, sc, part);
      const bodies = sc.mentions.filter(
        (m) => m.label === 'Agency' && m.start >= part.start && m.end <= part.end,
      );
      const agent = bodies.find(
        (b) => b.end <= part.verbAt && BEFORE_VERB.test(ctx.text.slice(b.end, part.verbAt)),
      );
      if (agent)
        ctx.builder.relate({
          type: 'CARRIED_OUT_BY',
          from: ref,
          to: agent.ref,
          evidence: part,
          confidence: 0.7,
        });
      else if (office && PROSECUTORIAL.test(part.verb))
        ctx.builder.relate({
          type: 'CARRIED_OUT_BY',
          from: ref,
          to: office.ref,
          evidence: part,
          basis: OFFICE_BASIS,
          basisRu: OFFICE_BASIS_RU,
          confidence: 0.55,
        });
      else {
        const reporter = reportingBody(ctx, sc);
        if (reporter)
          ctx.builder.relate({
            type: 'CARRIED_OUT_BY',
            from: ref,
            to: reporter,
            evidence: part,
            basis: REPORTED_BASIS,
            basisRu: REPORTED_BASIS_RU,
            confidence: 0.5,
          });
      }
      // «…, 3 сотрудника привлечены к дисциплинарной ответственности, сообщил прокурор области …».
      announce(ctx, sc, ref, part);
      for (const body of bodies.filter((b) => b !== agent && b.ref !== agent?.ref))
        ctx.builder.relate({ type: 'CONCERNS', from: ref, to: body.ref, evidence: part, confidence: 0.6 });
      if (
        checked &&
        checked.ref !== agent?.ref &&
        !/^(?:открыт|оборудован|построен|создан)/iu.test(part.verb)
      )
        ctx.builder.relate({
          type: 'CONCERNS',
          from: ref,
          to: checked.ref,
          evidence: part,
          basis: CHECKED_BASIS,
          basisRu: CHECKED_BASIS_RU,
          confidence: 0.5,
        });
    }
  }
}

function responseMeasure(ctx: DocumentContext, sc: SentenceContext, part: Clause): string {
  const text = ctx.text.slice(part.start, part.end);
  const count = sc.figures.find((f) => f.unit === 'count' && f.start >= part.start && f.end <= part.end);
  const year = sc.times.find((t) => t.year && !t.comparison);
  return proposeMeasure(ctx, text, part, {
    text,
    count: count?.value,
    year: year?.year ?? ctx.published?.year,
    ...(year ? {} : ctx.published ? { yearBasis: 'the publication date' } : {}),
  });
}

interface Clause extends Span {
  verbAt: number;
  verb: string;
}

/** Each response in a sentence, from the start of its clause to the next response or the sentence's end. */
function responseClauses(ctx: DocumentContext, sc: SentenceContext): Clause[] {
  const text = ctx.folded.slice(sc.sentence.start, sc.sentence.end);
  const found = [...text.matchAll(RESPONSE)];
  const starts = found.map((m) => {
    const head = text.slice(0, m.index);
    const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(': '));
    return cut >= 0 ? cut + 2 : 0;
  });
  return found.map((m, k) => {
    let start = sc.sentence.start + starts[k]!;
    let end = sc.sentence.start + (starts[k + 1] ?? text.length);
    // «…, 3 сотрудника привлечены к дисциплинарной ответственности, сообщил прокурор области …»: who said it
    // is not part of the measure.
    const said = SAID.exec(ctx.folded.slice(sc.sentence.start + m.index, end));
    if (said) end = sc.sentence.start + m.index + said.index;
    while (end > start && /[\s.,;:]/u.test(ctx.text[end - 1]!)) end--;
    while (start < end && /\s/u.test(ctx.text[start]!)) start++;
    return { start, end, verbAt: sc.sentence.start + m.index, verb: m[0] };
  });
}
