import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import type { MetricFigure } from './metric-phrases.ts';

// Shares told in words, no number written: «Среди задержанных за сбыт каждый третий моложе 25 лет»,
// «Половина сбытчиков, задержанных в прошлом году, — молодёжь до 25 лет», «более трети потребителей —
// несовершеннолетние», «две трети изъятого — синтетика», «каждый пятый задержанный — студент». Each is an
// Indicator in % (one third is 33.3), quoted over its clause.

/** «каждый третий», «каждая пятая», «у каждого третьего», «каждому пятому»: one in N, in any case. */
const EACH =
  /(?<![\p{L}-])кажд(?:ый|ая|ое|ого|ому|ым|ой|ую)\s+(втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)(?:ый|ой|ий|ья|ая|ое|ье|ого|ому|ым|ьего|ьему|ьим|ью|ую)(?!\p{L})/giu;
/** «половина», «более трети», «почти две трети», «четверть» opening its clause (after «при этом», «а», «из них» too). */
const PART =
  /(?:^|[.!?:;]\s+|,\s+|[—–]\s+|«|(?:^|\s)(?:при\s+этом|причем|а|и|из\s+них|среди\s+них)\s+)((?:(более|свыше|больше|почти|около|примерно|порядка|менее|меньше)\s+)?(половин[аыу]|трет(?:ь|и|ей)|четверт(?:ь|и|ей)|две\s+трети|двух\s+третей|три\s+четверти|трех\s+четвертей))(?=\s+\p{L}|\s*[.;!?]|\s*$)/giu;

/** The participle of a result and the words between it and its share («уничтожено лишь около »). */
const RESULT =
  /(?<![\p{L}])\p{L}{3,}[нт][оаы]\s+(?:(?:лишь|только|уже|всего|ещ[её])\s+)?(?:(?:около|более|свыше|больше|почти|примерно|порядка|менее|меньше)\s+)?$/iu;

const ONE_IN: Record<string, number> = {
  втор: 50,
  трет: 33.3,
  четверт: 25,
  четвёрт: 25,
  пят: 20,
  шест: 16.7,
  седьм: 14.3,
  восьм: 12.5,
  девят: 11.1,
  десят: 10,
};

/** Shares told by a fraction word, each with its clause as the metric's words. */
export function fractionShares(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  const text = ctx.folded.slice(sc.sentence.start, sc.sentence.end).toLowerCase();
  // A sentence with a share written in figures already gives its own number.
  if (sc.figures.some((f) => f.unit === '%' && !afterResult(ctx, f))) return out;
  // «уничтожено лишь около двух третей», «раскрыто более половины преступлений»: figures.ts reads the share
  // after the participle of a result as a percentage (word-percents.ts); it is quoted from the participle.
  for (const f of sc.figures) {
    const verbAt = afterResult(ctx, f);
    if (verbAt !== undefined) out.push(share(ctx, sc, f.start, f.end, f.value, f.qualifier, verbAt));
  }
  for (const m of text.matchAll(EACH)) {
    const value = ONE_IN[m[1]!]!;
    const at = sc.sentence.start + m.index;
    out.push(share(ctx, sc, at, at + m[0].length, value, 'exactly'));
  }
  for (const m of text.matchAll(PART)) {
    const at = sc.sentence.start + m.index + m[0].indexOf(m[1]!);
    const value = fractionValue(m[3]!);
    const qualifier = !m[2]
      ? 'exactly'
      : /более|свыше|больше/u.test(m[2])
        ? 'over'
        : /менее|меньше/u.test(m[2])
          ? 'under'
          : 'about';
    // «в первой половине года», «половина срока»: a half of time is no share of people or things.
    if (/^\s*(?:года|срока|дня|месяца|века|пути)/u.test(text.slice(m.index + m[0].length))) continue;
    // «Почти половина из них – 55 – связана со сбытом»: the number told beside the fraction is the figure.
    if (/^(?:\s+из\s+них)?\s*(?:[—–-]\s*|\(\s*)\d/u.test(text.slice(m.index + m[0].length))) continue;
    out.push(share(ctx, sc, at, at + m[1]!.length, value, qualifier));
  }
  return out;
}

/** Where the participle before a share in words starts («уничтожено лишь около двух третей»), if it has one. */
function afterResult(ctx: DocumentContext, f: Figure): number | undefined {
  if (
    f.unit !== '%' ||
    !/^(?:половин|трет|четверт|двух?\s|три\s|тр[её]х\s)/iu.test(ctx.text.slice(f.start, f.end))
  )
    return undefined;
  const verb = RESULT.exec(ctx.text.slice(Math.max(0, f.start - 80), f.start));
  return verb ? f.start - verb[0].length : undefined;
}

function fractionValue(word: string): number {
  if (/^дв(?:е|ух)\s/u.test(word)) return 66.7;
  if (/^тр(?:и|ех)\s/u.test(word)) return 75;
  if (/^половин/u.test(word)) return 50;
  if (/^трет/u.test(word)) return 33.3;
  return 25;
}

/** The share's figure and its metric: the clause it stands in, quoted whole and named by it. */
function share(
  ctx: DocumentContext,
  sc: SentenceContext,
  start: number,
  end: number,
  value: number,
  qualifier: Figure['qualifier'],
  verbAt?: number,
): MetricFigure {
  const from = verbAt ?? clauseFrom(ctx, sc, start);
  const to = clauseTo(ctx, sc, end);
  const words = ctx.text.slice(from, to).replace(/\s+/gu, ' ');
  const figure: Figure = {
    start,
    end,
    value,
    unit: '%',
    qualifier,
    noun: null,
    isChange: false,
    direction: null,
  };
  const first = sc.tokens.findIndex((t) => t.start >= from);
  const last = sc.tokens.findIndex((t) => t.start >= to);
  return {
    figure,
    metric: {
      from: first,
      to: last < 0 ? sc.tokens.length : last,
      start: from,
      end: to,
      phrase: `доля (${words.charAt(0).toLowerCase()}${words.slice(1)})`,
      evidence: { start: from, end: to },
    },
  };
}

/** The clause's start: the sentence's, or after a colon or a quote's opening dash. */
function clauseFrom(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const head = ctx.text.slice(sc.sentence.start, at);
  // «участвуют 96 человек; ремиссия … у каждого третьего», «изъято 20 кг, а две трети изъятого — синтетика»:
  // the clause before a semicolon or a «, а» tells another figure.
  const joined = [...head.matchAll(/,\s+(?=(?:а|но|при\s+этом|причем|причём)\s)/gu)].at(-1);
  // «Средний возраст закладчиков — 21 год, каждый пятый из них — студент»: a share right after a comma that
  // ends a clause with its own number starts a clause of its own.
  const told = /\d[^,]*,\s+$/u.exec(head);
  const cut = Math.max(
    told ? told.index + told[0].trimEnd().length - 1 : -1,
    head.lastIndexOf(': '),
    head.lastIndexOf('. '),
    head.lastIndexOf('; '),
    head.lastIndexOf('«'),
  );
  const after =
    joined && joined.index > cut
      ? joined.index +
        joined[0].length +
        (/^(?:а|но|при\s+этом|причем|причём),?\s+/u.exec(head.slice(joined.index + joined[0].length))?.[0]
          .length ?? 0)
      : -1;
  const from =
    after >= 0
      ? sc.sentence.start + after
      : cut >= 0
        ? sc.sentence.start + cut + (head[cut] === '«' ? 1 : 2)
        : sc.sentence.start;
  // «— Половина сбытчиков …»: the dash that opens an answer is no word of the share.
  return from + /^[\s—–-]*/u.exec(ctx.text.slice(from, at))![0].length;
}

/** The clause's end: the next full stop, semicolon or a clause that opens with «поэтому», «а», «но». */
function clauseTo(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const tail = ctx.text.slice(at, sc.sentence.end);
  // «…, — сообщил начальник …»: the attribution after a quoted answer is no part of the share.
  const stop =
    /[.;!?»]|,\s+(?:а|но|поэтому|что|хотя|при\s+этом)\s|,?\s+[—–]\s+(?=\p{Ll}+\s)(?=(?:сообщил|отметил|сказал|подчеркнул|пояснил|добавил|рассказал)\p{L}*)/u.exec(
      tail,
    );
  const end = at + (stop ? stop.index : tail.length);
  return end - /[\s,—–-]*$/u.exec(ctx.text.slice(at, end))![0].length;
}
