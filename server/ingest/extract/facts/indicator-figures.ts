import { between, type DocumentContext, type SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import {
  CHANNEL_NOUN,
  eradicatedPlants,
  ITEM_NOUN,
  LIABLE,
  MONEY_CHANNEL,
  MONEY_NOUN,
  PEOPLE_NOUN,
  RESULT_VERB,
} from './counted-nouns.ts';
import { animateNoun } from './people-told-after.ts';
import { caseworkCount } from './prepositional-counts.ts';
import { resultVerbBefore } from './result-verb.ts';
import { countedMetric, type Metric } from './metric-phrases.ts';

/** Figures that can measure crime and work: not masses (seizures), nor counts of items, channels or people. */
export function indicatorFigures(sc: SentenceContext): Figure[] {
  return sc.figures.filter(
    (f) =>
      f.unit !== 'kg' &&
      !(
        f.unit === 'count' &&
        f.noun &&
        [ITEM_NOUN, CHANNEL_NOUN, PEOPLE_NOUN, MONEY_NOUN].some((re) => re.test(f.noun!)) &&
        !eradicatedPlants(f.noun, leadOf(sc, f)) &&
        !(CHANNEL_NOUN.test(f.noun) && MONEY_CHANNEL.test(wordAfterNoun(sc, f))) &&
        // «с 88 до 44 человек»: people counted in a move between two levels are a figure, not an incident;
        // «… возросло в 2 раза и составило 88 человек»: so are people a metric named before amounts to.
        !(PEOPLE_NOUN.test(f.noun) && (f.direction || AMOUNTS_TO.test(leadOf(sc, f))))
      ),
  );
}

/**
 * «составило 88 человек», «составила более 1,2 тыс. лиц», «составляет 1 318 человек», «достигло 57 человек»,
 * «насчитывается 412 лиц», «выросло вдвое — до 38 человек»: the level a metric named before reached or stands at.
 */
const AMOUNTS_TO =
  /(?:(?:составил|составля|достиг|насчитыва)\p{L}*\s+(?:(?:не\s+)?(?:менее|более|свыше|около|почти|порядка)\s+)?|\s[—–]\s+до\s+)$/iu;

/** The words of the sentence right before a figure. */
function leadOf(sc: SentenceContext, f: Figure): string {
  return sc.sentence.text.slice(Math.max(0, f.start - sc.sentence.start - 40), f.start - sc.sentence.start);
}

/** The text after the noun a figure counts («3 канала| финансирования …»). */
function wordAfterNoun(sc: SentenceContext, f: Figure): string {
  const from = f.end - sc.sentence.start;
  return sc.sentence.text
    .slice(from)
    .replace(/^\s*[\p{L}-]+/u, '')
    .slice(0, 30);
}

const FACILITY_VERB =
  /(?:открыт|открыл|установлен|установил|смонтирован|построен|построил|оборудован|введен|создан|приобретен|закуплен)\p{L}*(?:\s+(?:еще|дополнительно|всего))?\s*$/iu;
const FACILITY =
  /(?:^|\s)(?:камер|видеокамер|пункт|пост|центр|кабинет|терминал|рамк|шлагбаум|комнат|опорн|здани|автомобил|служебн)\p{L}*/iu;

/**
 * «инициирована блокировка 312 интернет-ресурсов», «добились блокировки 42 сайтов», «на блокировку 57 сайтов»:
 * sites blocked and labs closed are told by the noun of the act as often as by its verb.
 */
const BLOCKING =
  /(?:^|\s)(?:блокировк|ликвидаци)\p{L}*\s+(?:(?:не\s+)?(?:менее|более|свыше|около|порядка)\s+)?$/iu;

/**
 * Metrics named by what a number counts after a verb of results («выявлено 9 фактов незаконного оборота»,
 * «заблокировано 214 наркосайтов»), when no metric of the clause is named before the number («регистрация
 * преступлений … составила 3343 факта» is the registration's figure, not a metric «факты»).
 */
export function countedMetrics(
  ctx: DocumentContext,
  sc: SentenceContext,
  figures: readonly Figure[],
  named: readonly Metric[],
): Metric[] {
  const out: Metric[] = [];
  let last: Figure | undefined;
  for (const figure of figures) {
    if (figure.unit !== 'count' || !figure.noun) continue;
    if (named.some((m) => m.start >= figure.end && m.start - figure.end <= 2)) continue;
    const clauseStart = clauseStartBefore(ctx, sc, figure.start);
    const lead = between(ctx, clauseStart, figure.start);
    // «установлено 47 дроп-карт, … и 12 криптокошельков»: a count listed after another shares its verb.
    // «Заблокированы 112 криптокошельков и 46 банковских счетов»: or right after the count before it.
    const listed =
      last &&
      ((/^(?:и\s+|а\s+также\s+)?$/u.test(lead) && !/[.;:]/u.test(between(ctx, last.end, clauseStart))) ||
        /^(?:\s+[\p{L}-]+){1,4}\s+(?:и|а\s+также)\s+$/u.test(between(ctx, last.end, figure.start)));
    // «В ходе 23 санкционированных обысков изъято …»: the actions a result came from are counted too.
    const during = /(?:^|\s)в\s+ходе\s+(?:(?:не\s+)?(?:менее|более|свыше|около|порядка)\s+)?$/iu.test(lead);
    const about = caseworkCount(ctx, sc, figure, clauseStart);
    const blocked = BLOCKING.test(lead);
    if (!listed && !during && !about && !blocked && !resultVerbBefore(ctx, lead)) continue;
    // «… приобрёл две квартиры»: a few things one person did are told of the case, not counted as results.
    if (figure.inWords && !listed && /(?:ел|ёл|ла)\s*$/u.test(lead) && !RESULT_VERB.test(lead)) continue;
    if (named.some((m) => m.start >= clauseStart && m.end <= figure.start)) continue;
    // «12 брикетов гашиша общим весом 2 кг»: pieces weighed are a seizure.
    const weighed =
      !during &&
      sc.figures.some(
        (f) => f.unit === 'kg' && f.start > figure.end && f.start < clauseEndAfter(ctx, sc, figure.end),
      );
    // «задержаны пятеро участников группы»: a few people counted in words are told of one case (people-counts.ts).
    // «к уголовной ответственности привлечены девять сбытчиков»: people charged or convicted are a tally.
    const fewPeople =
      figure.inWords &&
      !LIABLE.test(lead) &&
      animateNoun(
        ctx,
        sc.tokens.find((x) => x.start >= figure.end),
      );
    const counted = weighed || fewPeople ? null : countedMetric(ctx, sc, figure);
    // «открыты три новых участковых пункта полиции», «установлены 25 камер видеонаблюдения»: facilities
    // opened or installed are a measure taken (the sets annotate them so), not a figure of crime or work.
    if (counted && FACILITY_VERB.test(lead) && FACILITY.test(counted.phrase)) continue;
    // Quoted from «в ходе» to what it counts: the result after it is another fact's.
    const metric =
      counted && about
        ? { ...counted, phrase: `${counted.phrase} (${about})` }
        : counted && during
          ? { ...counted, evidence: { start: clauseStart + lead.search(/в\s+ходе/iu), end: counted.end } }
          : counted;
    if (metric) out.push(metric);
    last = metric ? figure : undefined;
  }
  return out;
}

/**
 * Which metric each figure belongs to: the metric it counts («7 812 преступлений»), else the nearest metric
 * named before it in the sentence («Число краж снизилось в 1,5 раза, мошенничеств — на 12,3 %»), else the
 * first one after it («снижения на 1,7 % интернет-мошенничеств»).
 */
export function attributeFigures(
  text: string,
  metrics: readonly Metric[],
  figures: readonly Figure[],
): Map<Metric, Figure[]> {
  const owner = new Map<Metric, Figure[]>();
  for (const figure of figures) {
    const counted =
      figure.unit === 'count'
        ? metrics.find((m) => m.start >= figure.end && m.start - figure.end <= 2)
        : undefined;
    const before = metrics.filter((m) => m.end <= figure.start).sort((a, b) => b.end - a.end)[0];
    // «снижения на 1,7 % интернет-мошенничеств»: a metric after its figure only within one clause.
    // A count with its own noun («5 автомобилей и деньги на сумму …») counts that noun, not a metric after it.
    const after = metrics
      .filter((m) => m.start >= figure.end && !/[,;]/u.test(text.slice(figure.end, m.start)))
      .filter(() => !(figure.unit === 'count' && figure.noun))
      .sort((a, b) => a.start - b.start)[0];
    // «ущерб от них превысил 2,4 млрд тенге»: a metric told around its figure owns it.
    const around = metrics.find((m) => m.start <= figure.start && m.end >= figure.end);
    // «Задержаны пять участников группы, ещё двое объявлены в розыск»: a count opening a clause with «ещё»
    // tells of more of the same in another state, not of the metric before it.
    const more = /[,;]\s+(?:а\s+)?(?:ещ[её]|еще)\s+(?:(?:не\s+)?(?:менее|более|свыше|около)\s+)?$/iu.test(
      text.slice(Math.max(0, figure.start - 30), figure.start),
    );
    // «охвачено 58 тыс. школьников, в 42 школах введены должности …»: a count of places where something
    // was done opens a clause of its own, not a figure of the metric before it.
    const where =
      figure.unit === 'count' &&
      Boolean(figure.noun) &&
      !figure.isChange &&
      /[,;]\s+(?:а\s+)?(?:в|во)\s+(?:(?:не\s+)?(?:менее|более|свыше|около|почти|порядка)\s+)?$/iu.test(
        text.slice(Math.max(0, figure.start - 30), figure.start),
      );
    // «привлечены 7 фармацевтов, 3 должностных лица … привлечены к дисциплинарной ответственности»: a count
    // with its own noun in the next clause is no second level of a metric that has its count already.
    const second =
      figure.unit === 'count' &&
      Boolean(figure.noun) &&
      !figure.isChange &&
      before !== undefined &&
      (owner.get(before) ?? []).some((f) => !f.isChange && f.unit === 'count' && f.noun) &&
      /[,;]/u.test(text.slice(before.end, figure.start));
    const metric = around ?? counted ?? (more || where || second ? undefined : before) ?? after;
    if (metric) owner.set(metric, [...(owner.get(metric) ?? []), figure]);
  }
  return owner;
}

/** Where the clause holding an offset starts: after the last comma, semicolon or dash before it. */
export function clauseStartBefore(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const head = ctx.folded.slice(sc.sentence.start, at);
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '));
  return cut >= 0 ? sc.sentence.start + cut + 2 : sc.sentence.start;
}

/** Where the clause holding an offset ends: at the next comma, semicolon or full stop. */
function clauseEndAfter(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const cut = /[,;.]\s/u.exec(ctx.folded.slice(at, sc.sentence.end));
  return cut ? at + cut.index : sc.sentence.end;
}
