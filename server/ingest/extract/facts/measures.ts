import type { DocumentContext, Mention } from '../context.ts';
import { futureActs } from './future-phrases.ts';
import { announce } from './measure-announcer.ts';
import { partnersOf } from './measure-links.ts';
import { measureName, proposeMeasure } from './propose-measure.ts';

const MEASURE =
  /(?<![\p{L}])(?:(?:намечен|обновл[её]н|усилен|активизирован|организован|разработан|внедр[её]н|запланирован|создан|продолжен|инициирован|выставлен|открыт)[аоы]?|проведен[аоы]?(?=\s+(?:\d[\d\s]*\s+)?(?:профилактическ|рейд|проверк|разъяснительн|акци))|принимаются меры|приняты меры|проводятся|будет продолжена|продолжается работа|планируется|проводится работа)(?![\p{L}])/iu;
/** «Департаментом полиции организованы …», «Полицейскими проведено …»: who carried the measure out. */
const AGENT = /^\s*$/u;
const POLICE_AGENT = /(?:^|\s)(?:полицейскими|сотрудниками полиции)\s/iu;

const REPORTED_LEAD =
  /^(?:(?:по\s+словам|как\s+(?:сообщил|отметил|пояснил|рассказал)\p{L}*)[^,.;]*,\s*|[^,.;]{0,160}?(?:сообщил|отметил|пояснил|рассказал|проинформировал|доложил)[аи]?,\s+что\s+)/iu;
const NEXT_SITTING =
  /^(?:\p{L}+\s+){0,2}?(?:следующ|очередн)\p{L}*\s+(?:заседани|совещани|коллеги|встреч|собрани|сесси|брифинг)/iu;
const INVESTIGATION = /следствен\p{L}*|расследовани\p{L}*|досудебн\p{L}*|уголовн\p{L}* дел/iu;

/**
 * Measures announced: plans and actions reported in the passive ("намечены планы…", "обновлён состав СОГ…",
 * "усилена профилактика…"), one per clause. ANNOUNCED by the speaker of the quoted block (inferred when the
 * text does not mark the quote's end); CONCERNS the bodies the clause names.
 */
export function findMeasures(ctx: DocumentContext, directives: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const sc of ctx.sentences) {
    if (directives.some((d) => d.start === sc.sentence.start) || !MEASURE.test(sc.sentence.text)) continue;
    // «Что планируется дальше?», «Как организовано взаимодействие?»: an interviewer's question tells nothing done.
    if (/\?[»"]?\s*$/u.test(sc.sentence.text)) continue;
    // «Проводятся неотложные следственные действия»: an investigation under way, not a measure announced.
    if (INVESTIGATION.test(sc.sentence.text)) continue;
    // «…, по словам начальника, патрулирование будет усилено»: a future act reported, one per clause there.
    const verb = MEASURE.exec(sc.sentence.text)!;
    const future = /(?:^|\s)буд(?:ет|ут)\s+$/iu.test(sc.sentence.text.slice(0, verb.index));
    if (future && futureActs(ctx, sc).length > 0) continue;
    for (const part of clauses(ctx.text, sc.sentence.start, sc.sentence.end)) {
      if (!MEASURE.test(ctx.text.slice(part.start, part.end))) continue;
      const text = ctx.text.slice(part.start, part.end);
      // «Следующее заседание комиссии запланировано на февраль»: the body's next sitting, no measure.
      if (NEXT_SITTING.test(text)) continue;
      const { name } = measureName(text);
      const year = sc.times.find(
        (t) => t.year && !t.comparison && t.start >= part.start && t.end <= part.end,
      );
      // «открыто 3 новых участковых пункта»: how many, as other measures keep it.
      const count = sc.figures.find((f) => f.unit === 'count' && f.start >= part.start && f.end <= part.end);
      const ref = proposeMeasure(ctx, text, part, {
        text,
        ...(count ? { count: count.value } : {}),
        ...(year
          ? { year: year.year, period: year.period ?? undefined, yearBasis: year.basis ?? undefined }
          : {}),
      });
      const measure: Mention = { ...part, label: 'Measure', ref, name, existingId: null, from: 0, to: 0 };
      out.push(measure);
      // «По словам Руслана Есенгельдиева, … усилен контроль …», «…, сообщил …», or the quoted block's speaker.
      announce(ctx, sc, ref, part);
      const verb = MEASURE.exec(text)!;
      const verbAt = part.start + verb.index;
      const named = sc.mentions.filter(
        (m) => m.label === 'Agency' && m.start >= part.start && m.end <= part.end,
      );
      // «совместно с Управлением здравоохранения … запланирована акция»: partners did it too.
      const partners = partnersOf(ctx, named, part.start);
      for (const body of named) {
        // The body right before the passive verb did it; one named elsewhere in the clause is its object.
        const agent =
          partners.includes(body) || (body.end <= verbAt && AGENT.test(ctx.text.slice(body.end, verbAt)));
        const type = agent ? 'CARRIED_OUT_BY' : 'CONCERNS';
        ctx.builder.relate({ type, from: ref, to: body.ref, evidence: part, confidence: agent ? 0.7 : 0.6 });
      }
      if (
        POLICE_AGENT.test(` ${text} `) &&
        ctx.mainAgency &&
        /полици|\bДП\b|\bУП\b/u.test(ctx.mainAgency.name)
      )
        ctx.builder.relate({
          type: 'CARRIED_OUT_BY',
          from: ref,
          to: ctx.mainAgency.ref,
          evidence: part,
          basis:
            'Done by «полицейскими» in the release of this police body; the clause does not name the body.',
          basisRu: 'Сделано «полицейскими» в релизе этого органа полиции; сам орган в предложении не назван.',
          confidence: 0.55,
        });
    }
  }
  return out;
}

/** The sentence cut at commas that start a new passive clause ("…, усилена профилактика …"). */
function clauses(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  const re =
    /,\s+(?=(?:\p{L}+\s+){0,2}?(?:намечен|обновл|усилен|активизирован|организован|разработан|внедр|запланирован|принимаются))/giu;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(re)) {
    out.push({ start: from, end: start + m.index });
    from = start + m.index + m[0].length;
  }
  out.push({ start: from, end });
  return out.map((c) => trim(text, c)).filter((c) => c.end > c.start);
}

function trim(text: string, c: { start: number; end: number }) {
  let { start, end } = c;
  while (start < end && /[\s\-–—•]/.test(text[start]!)) start++;
  // «По словам Мадины Оразбаевой, в колледжах организованы …»: who said it is no part of the measure.
  start += REPORTED_LEAD.exec(text.slice(start, end))?.[0].length ?? 0;
  while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}
