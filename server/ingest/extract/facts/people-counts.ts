import { between, type DocumentContext, type SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { LIABLE, PEOPLE_NOUN, RESULT_VERB } from './counted-nouns.ts';
import { clauseStartBefore } from './indicator-figures.ts';
import { animateNoun, toldAfter } from './people-told-after.ts';
import { resultVerbBefore } from './result-verb.ts';
import type { MetricFigure } from './metric-phrases.ts';

/**
 * Verbs that count people as a result of work: registers, liability, convictions, treatment («прошли лечение»),
 * and people in a programme or in treatment now («В программе реабилитации участвуют 96 человек», «проходят
 * лечение 40 пациентов», «на лечении находятся 37 человек»).
 */
const REGISTER_VERB =
  /(?:(?:поставлен|взят)\p{L}*\s+на\s+(?:\p{L}+\s+)?учет(?:\s+в\s+качестве\s+\p{L}+(?:\s+\p{L}+)?|\s+с\s+(?:диагнозом\s+)?[\p{L}«»"]+)?|прош(?:ли|ло|ел)\s+(?:[\p{L}-]+\s+)?(?:лечени|реабилитаци)\p{L}*(?:\s+\p{L}+)?|привлечен\p{L}*\s+к\s+(?:\p{L}+\s+)?ответственности|к\s+(?:\p{L}+\s+)?ответственности\s+привлечен\p{L}*|на\s+(?:\p{L}+\s+)?учет\s+(?:поставлен|взят)\p{L}*|осужден\p{L}*|выявлен\p{L}*|установлен\p{L}*|изобличен\p{L}*|задокументирован\p{L}*|(?:на\s+(?:\p{L}+\s+){0,5}?учете|под\s+(?:\p{L}+\s+)?наблюдением|на\s+(?:\p{L}+\s+)?наблюдении)\s+(?:[\p{L}«»"]+\s+){0,12}?(?:состо|наход)\p{L}*|(?:состо|наход)\p{L}*\s+(?:на\s+(?:\p{L}+\s+)?(?:учете|наблюдении)|под\s+(?:\p{L}+\s+)?наблюдением)|(?<!\p{L})(?:участву\p{L}*(?:\s+(?:в|во)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3})?|проход\p{L}*\s+(?:\p{L}+\s+)?(?:лечени|реабилитаци)\p{L}*(?:\s+\p{L}+)?|(?:на\s+(?:\p{L}+\s+)?лечении|в\s+(?:\p{L}+\s+){0,3}?программ\p{L}*(?:\s+[\p{L}-]+){0,3})\s+(?:наход|состо|участву|заняты)\p{L}*|наход\p{L}*\s+на\s+(?:\p{L}+\s+)?лечении)|(?<!\p{L})(?:на\s+(?:\p{L}+\s+)?(?:учете|наблюдении)|под\s+(?:\p{L}+\s+)?наблюдением)(?=\s*:))(?:\s*:)?(?:\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка))?\s*$/iu;
/** «задержаны 14 подозреваемых»: people detained, a result when the sentence lists other results. */
const DETAINED = /задержан\p{L}*(?:\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка))?\s*$/iu;

/**
 * People counted as a result: «на профилактический учёт поставлено 1,2 тыс. лиц», «к административной
 * ответственности привлечено 312 человек», and «задержаны 14 подозреваемых» in a list of results («выявлено 38
 * наркопреступлений, …, задержаны 14 подозреваемых»). A lone «задержаны 3 человека» is an incident, not a
 * figure. The metric is the people with what was done to them: «лица (на профилактический учёт поставлено)».
 */
export function peopleCounts(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  for (const figure of sc.figures) {
    if (figure.unit !== 'count' || !figure.noun) continue;
    // «задержаны пятеро участников группы»: a few people counted in words are told of one case, not a figure;
    // «Задержаны 14 закладчиков и двое оптовых курьеров»: unless listed right after people counted as a result.
    const before = out.at(-1);
    // «Задержано 54 сборщика и перевозчика конопли, из них 17 жителей других регионов»: a part of the people
    // counted before is counted as they are.
    const part = partOfPeople(ctx, sc, figure);
    const listedAfter =
      Boolean(part) ||
      Boolean(
        before && /^[»"]?\s*(?:,|и|а\s+также)\s*$/u.test(between(ctx, before.metric.end, figure.start)),
      );
    const counted = figure.inWords && !listedAfter ? afterCount(ctx, sc, figure) : undefined;
    // «к уголовной ответственности привлечены девять сбытчиков»: people charged or convicted are a tally.
    const liable = LIABLE.test(between(ctx, clauseStartBefore(ctx, sc, figure.start), figure.start));
    // «Задержаны четыре участника группы», «задержаны семь курьеров»: the members of a group detained are
    // the case's tally even in words, from three up; «ещё шесть», «двое», «пятеро» tell of one episode.
    const group = detainedGroup(ctx, sc, figure);
    if (figure.inWords && !listedAfter && !counted && !liable && !group) continue;
    const t = sc.tokens;
    const i = t.findIndex((x) => x.start >= figure.end);
    // «14 подозреваемых», «1,2 тыс. лиц», «312 несовершеннолетних лиц»; «11 подростков» with a verb after.
    const people = i >= 0 && [t[i], t[i + 1]].some((x) => x && PEOPLE_NOUN.test(x.text));
    if (i < 0 || (!people && !animateNoun(ctx, t[i]))) continue;
    const clauseStart = clauseStartBefore(ctx, sc, figure.start);
    const lead = between(ctx, clauseStart, figure.start);
    const listed =
      DETAINED.test(lead) &&
      sc.figures.some(
        (f) =>
          f !== figure &&
          f.unit === 'count' &&
          f.noun &&
          RESULT_VERB.test(between(ctx, sc.sentence.start, f.start)),
      );
    // «задержаны 11 человек», «проверили 140 лиц», «погибли 38 человек» in a report of results; the same
    // words about one incident («Вечером 2 октября … задержаны 2 человека») are an event, not a figure.
    const reported = resultVerbBefore(ctx, lead) && !incident(sc);
    let to = i + 1;
    // «должностных лиц», «несовершеннолетних»: the noun and up to two genitive words after it.
    if (people && !PEOPLE_NOUN.test(t[i]!.text)) to++;
    while (
      to < t.length &&
      to - i < 3 &&
      /^\s+$/.test(ctx.text.slice(t[to - 1]!.end, t[to]!.start)) &&
      genitive(ctx, t[to]!.text)
    )
      to++;
    const after = toldAfter(ctx, sc, ctx.folded.slice(sc.sentence.start, figure.start), t[to - 1]!.end);
    // «задержаны 38 закладчиков и 6 «операторов»»: people listed right after others share their verb.
    const prev = out.at(-1);
    const next = listedAfter || Boolean(counted);
    const registered = REGISTER_VERB.test(lead) || listed || reported || next || group;
    // Officials disciplined after a check are a measure taken, not a figure of crime (measures.ts).
    if (/дисциплинарн/u.test(`${lead} ${after ?? ''}`)) continue;
    // «На учёте состоят 1 146 потребителей наркотиков», «к ответственности привлечены 52 наркодилера»: a
    // register or liability counts whoever it names, not only «лица» and «человек».
    const onRegister =
      REGISTER_VERB.test(lead) &&
      /(?:учет|ответственност|наблюдени|лечени|программ|реабилитаци)/iu.test(lead);
    if (!(people || next || group || onRegister ? registered || after : after)) continue;
    const noun = nominativePhrase(
      ctx.morph,
      t.slice(i, to).map((x) => x.text),
      { capitaliseFirst: false, plural: true },
    );
    const said = ctx.text
      // «Задержаны 14 закладчиков и двое …»: what was done is told before the count listed first.
      .slice(clauseStart, counted?.start ?? figure.start)
      .trim()
      // «2) задержаны 7 человек»: a list item's number is no part of what was done.
      .replace(/^\d+[).]\s+/u, '')
      .replace(/\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка)$/iu, '')
      // «прошли стационарное лечение: 514 пациентов»: a list item's label ends at its colon.
      .replace(/\s*:$/u, '')
      .replace(/^(?:что|причем|причём)\s+/iu, '')
      // «за 10 месяцев 2025 года в Акмолинской области на учёте состояли»: the period and place are the
      // indicator's own properties, not what was done to the people.
      .replace(
        /^(?:(?:за|с)\s+[^,]*?\s+(?:год\p{L}*|месяц\p{L}*|период\p{L}*)(?:\s+\d{4}\s+год\p{L}*)?\s+)?(?:в\s+\p{L}+\s+област\p{L}*\s+)?/iu,
        '',
      );
    // «поставлено 120 человек и 14 подростков»: the second was done what the first was.
    const shared = listedAfter && !after ? /\(([^()]*)\)$/u.exec(prev?.metric.phrase ?? '')?.[1] : undefined;
    // «Задержано 54 сборщика …, из них 17 жителей других регионов»: a part was done what its whole was.
    const whole = part
      ? between(ctx, clauseStartBefore(ctx, sc, part.start), part.start)
          .trim()
          .toLowerCase()
      : undefined;
    const done = after ?? shared ?? whole ?? said.charAt(0).toLowerCase() + said.slice(1);
    out.push({
      figure,
      metric: {
        from: i,
        to,
        start: t[i]!.start,
        end: t[to - 1]!.end,
        phrase: `${noun === 'люди' ? 'лица' : noun} (${done})`,
        // «17 лиц, состоящих на учёте, более полугода не посещались»: quoted from the number to the verb's end.
        evidence: after
          ? { start: figure.start, end: ctx.text.indexOf(after, t[to - 1]!.end) + after.length }
          : part
            ? { start: figure.start, end: t[to - 1]!.end }
            : undefined,
        // «Задержаны 6 участников группы»: the members of one group are the case's, not the region's crime.
        ofCase: DETAINED.test(lead) && GROUP_ROLE.test(t[i]!.text),
      },
    });
  }
  return out;
}

/** «…, из них», «…, в том числе», «…, из которых» between a count of people and a part of them. */
const PART_OF = /^[^.;:]{0,60}?[,(—–]\s*(?:из\s+них|из\s+которых|в\s+том\s+числе)\s*$/iu;

/** The count of people («54 сборщика и перевозчика», «38 лиц») a count follows («54 сборщика и перевозчика», «38 лиц») as a part of. */
function partOfPeople(ctx: DocumentContext, sc: SentenceContext, figure: Figure): Figure | undefined {
  const whole = sc.figures.filter((f) => f.end <= figure.start && f.unit === 'count' && !f.isChange).at(-1);
  if (!whole || !PART_OF.test(between(ctx, whole.end, figure.start))) return undefined;
  const noun = sc.tokens.find((x) => x.start >= whole.end);
  return noun && (PEOPLE_NOUN.test(noun.text) || animateNoun(ctx, noun)) ? whole : undefined;
}

/** Roles in a drug group: members, couriers, dealers, operators, organisers. */
const GROUP_ROLE =
  /^(?:участник|член|курьер|закладчик|сбытчик|оператор|организатор|фигурант|наркокурьер|соучастник)/iu;

/** «задержаны семь участников группы»: three or more members of a group detained, told in words. */
function detainedGroup(ctx: DocumentContext, sc: SentenceContext, figure: Figure): boolean {
  if (!figure.inWords || figure.value < 3) return false;
  // «задержаны пятеро участников группы»: the collective numeral tells of the episode (the sets annotate it so).
  if (
    /^(?:трое|четверо|пятеро|шестеро|семеро|восьмеро|девятеро|десятеро)/iu.test(
      ctx.folded.slice(figure.start, figure.end),
    )
  )
    return false;
  const lead = between(ctx, clauseStartBefore(ctx, sc, figure.start), figure.start);
  if (!DETAINED.test(lead) || /(?:еще|также)\s*$/u.test(lead)) return false;
  const noun = /^\s+«?([\p{L}-]+)/u.exec(ctx.folded.slice(figure.end, figure.end + 40))?.[1] ?? '';
  return GROUP_ROLE.test(noun);
}

/** «14 закладчиков и двое оптовых курьеров»: a count in words right after a count in digits and «и». */
function afterCount(ctx: DocumentContext, sc: SentenceContext, figure: Figure): Figure | undefined {
  const previous = sc.figures.filter((f) => f.end <= figure.start).at(-1);
  const listed =
    previous?.unit === 'count' &&
    !previous.inWords &&
    /^\s+«?[\p{L}-]+»?\s+(?:и|а\s+также)\s+$/u.test(between(ctx, previous.end, figure.start));
  return listed ? previous : undefined;
}

/** A sentence about one event: a day named («2 октября») or a time of day («вечером»). */
function incident(sc: SentenceContext): boolean {
  return (
    sc.times.some((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.date ?? '')) ||
    /(?:^|\s)(?:вечером|ночью|утром|днем)\s/iu.test(sc.sentence.text)
  );
}

function genitive(ctx: DocumentContext, word: string): boolean {
  return (
    /^[а-яё-]{3,}$/u.test(word) &&
    ctx.morph(word).some((p) => (p.tag.POS === 'NOUN' || p.tag.POS === 'ADJF') && p.tag.CAse === 'gent')
  );
}
