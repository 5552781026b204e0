import { reviewYear } from './event-year.ts';
import { checkedBody } from './checked-body.ts';
import { clauseAgent, reportingBody } from './reporting-body.ts';
import { measuringBody, releaseBody } from './release-body.ts';
import { insideAnother, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';

/** An indicator's year and period: its sentence's own, else the year the release reviews, else publication. */
export function indicatorTime(ctx: DocumentContext, sc: SentenceContext) {
  // «составила 61,2 % (за 9 месяцев 2024 года — 57,9 %)»: a time in brackets is the comparison's, not the figure's.
  const bracketed = (t: Span) => /\([^)]*$/u.test(ctx.folded.slice(sc.sentence.start, t.start));
  // «31 факт … против 26 за тот же период прошлого года»: the time after the baseline is the comparison's.
  const baseline = (t: Span) =>
    /против\s+\d[\d\s,]*(?:\p{L}+\s+){0,4}$/u.test(ctx.folded.slice(sc.sentence.start, t.start));
  const own = sc.times.find((t) => !t.comparison && !t.deadline && t.year && !bracketed(t) && !baseline(t));
  const compared = sc.times.find((t) => t.comparison || (t.year && baseline(t)));
  const year = own?.year ?? reviewYear(ctx) ?? ctx.published?.year;
  // «…, чем годом ранее»: the year before the figure's own.
  const yearBefore = /годом ранее|чем год назад/iu.test(sc.sentence.text) && year ? year - 1 : undefined;
  return {
    year,
    period: own?.period ?? undefined,
    comparedToYear: compared?.year ?? yearBefore,
    yearBasis: own ? (own.basis ?? undefined) : year ? 'the period the release reviews' : undefined,
  };
}

/** A metric's own year and period, given among its figures, over its sentence's. */
export function ownTime(figures: Record<string, unknown>) {
  const own: { year?: number; period?: string; yearBasis?: undefined } = {};
  if (typeof figures.year === 'number') Object.assign(own, { year: figures.year, yearBasis: undefined });
  if (typeof figures.period === 'string') own.period = figures.period;
  return own;
}

/** The clause around a span: from the previous comma-less boundary to the next full stop or semicolon. */
export function clause(ctx: DocumentContext, sc: SentenceContext, span: Span): Span {
  const head = ctx.folded.slice(sc.sentence.start, span.start);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf(', '), head.lastIndexOf('; '));
  let start =
    cut >= 0 && !/^\s*(?:и|а|но)\s/.test(head.slice(cut + 2))
      ? sc.sentence.start + cut + 2
      : sc.sentence.start;
  const lead = /^(?:По итогам года|Также|Кроме того|При этом|В целом)[,\s]+/iu.exec(
    ctx.folded.slice(start, span.start),
  );
  if (lead) start += lead[0].length;
  const tail = ctx.folded.slice(span.end, sc.sentence.end);
  const stop = /[.;]|,\s(?!и\s)(?=[\p{L}\s]*(?:составил|до\s|на\s))/u.exec(tail);
  return {
    start,
    end:
      stop && stop[0].startsWith(',')
        ? span.end
        : span.end + (/^[^.;]*/u.exec(tail)?.[0].replace(/[\s,]+$/, '').length ?? 0),
  };
}

const BASIS =
  'One of the results the release attributes to the body and region it is about; the sentence itself names neither.';

const CHECKED_BASIS = "A finding of the prosecutor's check of this body that the release reports.";
const CHECKED_BASIS_RU = 'Результат прокурорской проверки этого органа, о которой сказано в релизе.';

const NAMED_REGION_BASIS = 'The sentence reports the figure for the region it names.';
const NAMED_REGION_BASIS_RU = 'Предложение приводит показатель по названному в нём региону.';

const AGENT_BASIS = 'The clause names this body as the one that did the work the figure counts.';
const AGENT_BASIS_RU = 'В предложении этот орган назван исполнителем работы, которую считает показатель.';

const POLICE_BASIS =
  "A figure of crime or drug work reported at the akimat's meeting: the police body the release names produced it.";
const POLICE_BASIS_RU =
  'Показатель преступности или антинаркотической работы, доложенный в акимате: его дал названный в релизе орган полиции.';

const DEPARTMENT_BASIS =
  "The head of one of the department's directorates reports the figure: it is the department's result.";
const DEPARTMENT_BASIS_RU =
  'Показатель докладывает руководитель управления департамента: это результат департамента.';

/** The first police body the release names («Департамент полиции Костанайской области»). */
function policeBody(ctx: DocumentContext): Mention | undefined {
  return ctx.sentences
    .flatMap((sc) => sc.mentions)
    .find((m) => m.label === 'Agency' && /полиц/iu.test(m.name) && !/акимат/iu.test(m.name));
}

/**
 * MEASURES: the region the sentence names (stated; «в регионе», «на территории области» name the release's
 * region too), else the release's region (inferred); and the body whose head reports the figure, the body a
 * prosecutor checked, or the release's body (inferred).
 */
export function measures(
  ctx: DocumentContext,
  sc: SentenceContext,
  indicator: Mention,
  ofCase = false,
): void {
  const here = sc.mentions.find((m) => m.label === 'Region' && !insideAnother(sc, m));
  const region = here ?? ctx.mainRegion;
  // «Как сообщил начальник ДП …»: the figures are the speaker's body's, whoever published the release; a
  // prosecutor's findings («выявлено 47 нарушений закона») are the checked body's.
  const release = releaseBody(ctx);
  const reporter = reportingBody(ctx, sc) ?? release?.body.ref;
  const reporterName = ctx.sentences.flatMap((o) => o.mentions).find((m) => m.ref === reporter)?.name ?? '';
  const checked = /прокуратур/iu.test(reporterName) ? checkedBody(ctx) : undefined;
  // An akimat's commission hears the police's figures: crime and drug work are the police body's results.
  const police = !checked && /акимат/iu.test(reporterName) ? policeBody(ctx) : undefined;
  // «сотрудниками ДЭР … выявлены транзакции»: the body the clause names as doing the work.
  const agent = checked ? undefined : clauseAgent(ctx, sc, indicator.start);
  // The clause's own agent stays (annotators split on «инспекторы ювенальной полиции провели …»); a
  // directorate's head reports his department's figures.
  const measuring = reporter && measuringBody(ctx, reporter);
  const department = !checked && !agent && !police && measuring !== reporter;
  const agency = checked?.ref ?? agent?.ref ?? police?.ref ?? measuring;
  // A financial investigation's or a prosecutor's figures count the body's own cases («установлено 47
  // дроп-карт»), not the region's crime; only a region the sentence names is then measured.
  // So are the figures of one case («задержаны четыре участника группы», «можно было изготовить …»).
  const casework = ofCase || /экономических\s+расследований|финансов|прокуратур/iu.test(reporterName);
  // A district's or a city's police unit reports its own area's figures, not its region's.
  if (region && (here || (!casework && !release?.local)))
    ctx.builder.relate({
      type: 'MEASURES',
      from: indicator.ref,
      to: region.ref,
      evidence: indicator,
      // Even «в регионе зарегистрировано …» reads the figure as the region's; the sentence does not say
      // «measures», so the link is inferred either way (as every gold set but one annotates it).
      basis: here ? NAMED_REGION_BASIS : BASIS,
      basisRu: here ? NAMED_REGION_BASIS_RU : undefined,
      confidence: here ? 0.7 : 0.55,
    });
  if (agency)
    ctx.builder.relate({
      type: 'MEASURES',
      from: indicator.ref,
      to: agency,
      evidence: indicator,
      basis: checked
        ? CHECKED_BASIS
        : agent
          ? AGENT_BASIS
          : police
            ? POLICE_BASIS
            : department
              ? DEPARTMENT_BASIS
              : BASIS,
      basisRu: checked
        ? CHECKED_BASIS_RU
        : agent
          ? AGENT_BASIS_RU
          : police
            ? POLICE_BASIS_RU
            : department
              ? DEPARTMENT_BASIS_RU
              : undefined,
      confidence: 0.5,
    });
}
