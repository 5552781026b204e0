import { foldName } from '../../gazetteer/fold-name.ts';
import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { byWhom } from './by-whom.ts';
import { DRUGS } from './group-channels.ts';
import { yearOf } from './event-year.ts';
import { addSeizure } from './seizure-entity.ts';
import { figureKind, type FigureKind } from './figure-kind.ts';
import { unclaimedIndicator } from './unclaimed-indicator.ts';
import { unclaimedPart } from './unclaimed-parts.ts';
import { institutionCount } from './institution-counts.ts';
import { pastBetween } from './unclaimed-changes.ts';

/**
 * The kinds of number annotators mark as a figure far more often than not when no rule has read them
 * (scripts/unclaimed-figures.ts over the sets as each was first scored): levels and shares told in a
 * construction no rule knows, changes, masses, and levels with last year's in brackets. People, money of one
 * case, dates, ages, article numbers, doses and packages stay unclaimed.
 */
const PROPOSED = new Set<FigureKind>(['other', 'change (%, times)', 'mass', 'article number']);
/** Where the label of a figure starts: the last stop, colon, dash, bullet or bracket before it. */
const LABEL_START = /^[\s\S]*[.;:!?—–•▪●■(\n]|^[\s\S]*\s-\s/u;
const AFTER_FIGURE = /^[\s\S]*\d[^,\d]*,\s/u;
/** A number to call, not a figure: «Телефон доверия 102», «по номеру 8-800…»; «бесконтактный сбыт» is no contact. */
const CALL = /телефон|номер|звон|горяч\p{L}*\s+лини|(?<!бес)контакт|адрес|микрорайон|\?/iu;
/** «в 52 школах», «из 142 школ»: a count after a preposition tells a circumstance; rules that know it read it. */
const AFTER_PREPOSITION = /(?<!\p{L})(?:в|во|на|из|с|со|по|у|от|для|при|за|среди|к)\s+$/iu;
/** «выявлено 12.»: a result verb's own count with no noun is read by the rules of results, or not at all. */
const SHORT_PARTICIPLE = /\p{L}+(?:но|то|ны|ты)\s+$/iu;
/** A mass is a seizure only where it was taken, found or carried, not kept as evidence. */
const SEIZED = /изъят|изъял|обнаруж|найден|выявлен|собра|сбор|при\s+(?:нем|ней|себе)|перевоз|задерж/iu;
const KEPT = /вещественн|хранени/iu;
/** A question, a plan, a target or a forecast: no result to review. */
const NOT_A_RESULT =
  /\?\s*$|(?<!\p{L})(?:планир|прогноз|ожида|намерен|предстоит|необходимо|должн|поручен|поручил|обеспечить|довести|снизить|увеличить)\p{L}*/iu;
const ARTICLE = /(?:стать\p{L}*|ст\.|част\p{L}*|ч\.|№)\s*$/iu;
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * The last rule on a number no rule took: the release states it, so it is proposed for review rather than
 * lost — a level or change as an Indicator named after its label (`Бородулихинский район — 14 очагов`,
 * `Удельный вес синтетики составляет 38 %`), a mass as a Seizure. Low confidence: the reviewer decides.
 */
export function unclaimedLevel(
  ctx: DocumentContext,
  sc: SentenceContext,
  figure: Figure,
  last?: Proposed,
): Proposed | undefined {
  // «11 из них – несовершеннолетние»: a part of people counted before, whatever kind its number is.
  const part = unclaimedPart(ctx, sc, figure) ?? institutionCount(ctx, sc, figure);
  if (part) return part;
  const kind = figureKind(ctx.folded, figure);

  if (!PROPOSED.has(kind) || figure.value === 0) return undefined;
  const raw = ctx.text.slice(figure.start, figure.end);
  if (figure.unit === 'count' && YEAR.test(raw.trim()) && !figure.noun) return undefined;
  const before = ctx.folded.slice(sc.sentence.start, figure.start);
  if (ARTICLE.test(before) || (figure.unit === 'count' && (AFTER_PREPOSITION.test(before) || figure.inWords)))
    return undefined;
  if (!figure.noun && figure.unit === 'count' && SHORT_PARTICIPLE.test(before)) return undefined;
  // «40 свёртков, 12 из которых …»: a part of pieces counted before is read with them, or not at all.
  if (/^\s*из\s+(?:которых|них)/iu.test(ctx.folded.slice(figure.end, figure.end + 20))) return undefined;
  const gap = last ? ctx.folded.slice(last.end, figure.start) : '';
  if (figure.isChange && last && (JOINED.test(gap) || pastBetween(gap, ctx.builder.entityByRef(last.ref))))
    return joinChange(ctx, figure, last);
  // The label ends where the separator before the figure starts («город Алматы – 5», «Охват: 94 %»).
  const trimmed = before.replace(TAIL, '');
  // «прошли 412 человек, медико-социальную реабилитацию — 57»: after a clause with its own figure, a comma
  // starts the label of the next.
  const head = Math.max(
    LABEL_START.exec(trimmed)?.[0].length ?? 0,
    AFTER_FIGURE.exec(trimmed)?.[0].length ?? 0,
  );
  const label = cleanLabel(ctx.text.slice(sc.sentence.start + head, sc.sentence.start + trimmed.length));
  const nounEnd = nounAfter(sc, figure);
  const nounText = nounEnd > figure.end ? ctx.text.slice(figure.end, nounEnd).trim() : '';
  const phrase = (
    kind === 'mass' && nounText ? nounText : [label?.text, nounText].filter(Boolean).join(' ')
  ).trim();
  if (!/\p{L}{3}/u.test(phrase) || CALL.test(sc.sentence.text) || NOT_A_RESULT.test(sc.sentence.text))
    return undefined;
  // A bare place before its number splits the metric of the list's heading by place: named after both.
  const placeStart = sc.sentence.start + head + (label?.start ?? 0);
  const place = label && !nounText && onlyPlace(sc, placeStart, sc.sentence.start + trimmed.length);
  const heading = place ? headingBefore(ctx, placeStart) : undefined;
  if (place && !heading) return undefined;
  const named = heading ? `${heading}: ${phrase}` : phrase;
  if (
    kind === 'mass' &&
    (!DRUGS.test(`${label?.text ?? ''} ${nounText}`) ||
      !SEIZED.test(sc.sentence.text) ||
      KEPT.test(sc.sentence.text) ||
      /канал/iu.test(sc.sentence.text))
  )
    return undefined;
  const start = label && kind !== 'mass' ? label.start + sc.sentence.start + head : figure.start;
  const evidence = { start, end: Math.max(nounEnd, figure.end) };
  if (kind === 'mass') return massSeizure(ctx, sc, figure, named, evidence);
  const figures: Record<string, unknown> = figure.isChange
    ? changeOf(figure)
    : {
        value: figure.value,
        unit: figure.unit === '%' ? '%' : 'count',
        // «стало меньше — 23 против 31 годом ранее»: last year's level says which way the figure went.
        ...(figure.previous !== undefined
          ? { previousValue: figure.previous, ...(figure.direction ? { direction: figure.direction } : {}) }
          : {}),
        ...(figure.qualifier !== 'exactly' ? { qualifier: figure.qualifier } : {}),
      };
  const mention = unclaimedIndicator(ctx, sc, uniquePhrase(ctx, named, raw), evidence, figures);
  return { ref: mention.ref, end: Math.max(evidence.end, figure.end) };
}

/** What the last rule proposed in a sentence, so a change right after it is its change. */
export interface Proposed {
  ref: string;
  end: number;
}

/** «1 032 (-3,1%)», «5,2 кг — в 2,3 раза больше», «611, или на 8,9 % больше». */
const JOINED = /^\s*(?:[(,—–-]\s*)?(?:что|это|или)?\s*(?:на\s+|в\s+)?$/iu;
/** The separator, result verb and qualifier between a label and its figure. */
const TAIL =
  /(?:\s*(?:[—–:(-]|составил\p{L}*|составля\p{L}*|достиг\p{L}*))*\s*(?:около|почти|примерно|более|свыше|порядка|до|не менее)?\s*$/iu;

function changeOf(figure: Figure): Record<string, unknown> {
  return {
    change: figure.direction === 'down' ? -figure.value : figure.value,
    changeUnit: figure.unit === 'times' ? 'times' : '%',
    ...(figure.direction ? { direction: figure.direction } : {}),
  };
}

function joinChange(ctx: DocumentContext, figure: Figure, last: Proposed): Proposed | undefined {
  const entity = ctx.builder.entityByRef(last.ref);
  if (!entity || (entity.properties as Record<string, unknown>).change !== undefined) return undefined;
  entity.properties = { ...entity.properties, ...changeOf(figure) };
  return { ref: last.ref, end: figure.end };
}

/** The label's words, without a leading list mark or conjunction and the verb of a result after them. */
function cleanLabel(text: string): { text: string; start: number } | undefined {
  const lead = /^[\s\d.)•▪●■*-]*(?:(?:и|а|из них|в том числе|в т\.ч\.|всего)\s+)?/iu.exec(text)![0].length;
  const body = text
    .slice(lead)
    .replace(
      /\s*(?:[—–:-]|составил\p{L}*|составля\p{L}*|—\s*это)?\s*(?:около|почти|примерно|более|свыше|порядка|до|не менее)?\s*$/iu,
      '',
    );
  const words = body.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 9) return undefined;
  return { text: body, start: lead };
}

/** The end of the words a figure counts or measures: up to two words right after it, or the figure's end. */
function nounAfter(sc: SentenceContext, figure: Figure): number {
  if (!figure.noun && figure.unit === 'count') return figure.end;
  let end = figure.end;
  for (const t of sc.tokens.filter((x) => x.start >= figure.end).slice(0, 2)) {
    if (
      !/^[\p{L}«]/u.test(t.text) ||
      /[^\s«»]/u.test(
        sc.sentence.text.slice(end - sc.sentence.start, t.start - sc.sentence.start).replace(/[«»\s]/gu, ''),
      )
    )
      break;
    end = t.end;
  }
  return end;
}

function uniquePhrase(ctx: DocumentContext, phrase: string, raw: string): string {
  const folded = foldName(phrase);
  const taken = ctx.builder
    .entitiesSoFar()
    .some((e) => e.label === 'Indicator' && foldName(e.name).startsWith(folded));
  return taken ? `${phrase} (${raw.trim()})` : phrase;
}

function massSeizure(
  ctx: DocumentContext,
  sc: SentenceContext,
  figure: Figure,
  phrase: string,
  span: { start: number; end: number },
): Proposed {
  const amountKg = figure.value;
  const name = `Изъятие ${String(amountKg).replace('.', ',')} кг (${phrase})`;
  const mention = addSeizure(
    ctx,
    name,
    span,
    { amountKg, amountQualifier: figure.qualifier, ...yearOf(ctx, sc) },
    0.4,
  );
  byWhom(ctx, sc, 'SEIZED', mention);
  return { ref: mention.ref, end: span.end };
}

/** The label is one place's name and nothing else («Экибастуз: 12», «город Алматы – 5»). */
function onlyPlace(sc: SentenceContext, start: number, end: number): boolean {
  return sc.mentions.some(
    (m) => (m.label === 'City' || m.label === 'Region') && m.start <= start + 8 && m.end >= end - 1,
  );
}

/** The heading a list of places hangs from: the nearest clause ending in a colon before it, with no figure. */
function headingBefore(ctx: DocumentContext, start: number): string | undefined {
  const window = ctx.text.slice(Math.max(0, start - 400), start);
  const colon = window.lastIndexOf(':');
  if (colon < 0) return undefined;
  const clause = window.slice(0, colon);
  const from = Math.max(clause.lastIndexOf('\n'), clause.lastIndexOf('. '), clause.lastIndexOf(':')) + 1;
  const text = clause
    .slice(from)
    .replace(/^[\s•▪●■*—–-]+/u, '')
    .trim();
  if (!/\p{L}{3}/u.test(text) || /\d/u.test(text) || text.split(/\s+/u).length > 10) return undefined;
  return text;
}
