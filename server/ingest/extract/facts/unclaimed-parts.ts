import type { DraftEntity } from '../../draft.ts';
import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { unclaimedIndicator } from './unclaimed-indicator.ts';

/**
 * «58 закладчиков, 11 из них – несовершеннолетние», «Одиннадцать из них – несовершеннолетние», «41 из
 * задержанных — жители других регионов», «в том числе 63 подростка», «48 человек, 31 человек – в возрасте до 29
 * лет»: a part of people or cases counted before it, told by what sets it apart. Annotators mark nearly every
 * such part (every «N из них» of the development sets but parts of packages and channels, which the rules of
 * seizures and channels read), while a bare count of people of one case stays out (figure-kind.ts).
 */
const PART =
  /^\s*(?:из\s+(?:них|которых|задержанных|осужд[её]нных|привлеч[её]нных|числа\s+\p{L}+)|(?:человек|лиц[а]?)(?=\s*[—–-]\s))\s*(?:[—–-]\s*)?/iu;
/** «в том числе 63 подростка», «из них 17 несовершеннолетних»: a part whose noun says what it is. */
const AMONG =
  /(?:в\s+том\s+числе|в\s+т\.\s?ч\.|из\s+них|среди\s+них)\s+(?:(?:около|более|свыше|почти)\s+)?$/iu;
/** Parts of packages, doses and channels are read with their whole by the rules of seizures and channels. */
const THINGS = /свертк|сверток|закладк|пакет|доз|канал|грамм|кг|таблет|брикет|штук/iu;
/** Flats and cars a sum of money covers are told of the sum, not counted (money-sums.ts). */
const PROPERTY = /квартир|автомоб|машин|дом|недвиж|участк/iu;
/** What tells the part apart: up to the next comma, semicolon, full stop or bracket, at most eight words. */
const TELLS = /^[^,;.()!?\n]+/u;

/** A part proposed as an Indicator named after its whole (the Indicator counted before it) and what it tells. */
export function unclaimedPart(
  ctx: DocumentContext,
  sc: SentenceContext,
  figure: Figure,
): { ref: string; end: number } | undefined {
  if (figure.unit !== 'count' || figure.isChange || figure.value === 0) return undefined;
  const after = ctx.folded.slice(figure.end, sc.sentence.end);
  const part = PART.exec(after);
  const among = !part && AMONG.test(ctx.folded.slice(sc.sentence.start, figure.start));
  // «из них 412 – в возрасте до 21 года»: a bare part after «из них» is told after its dash.
  const dash = among && !figure.noun ? /^\s*[—–-]\s*/u.exec(after) : null;
  if (!part && !(among && (figure.noun || dash))) return undefined;
  const from = part ? figure.end + part[0].length : figure.end + (dash?.[0].length ?? 0);
  const tells = TELLS.exec(ctx.text.slice(from, sc.sentence.end))?.[0].trim() ?? '';
  const words = tells.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 8 || !/^[\p{L}«]/u.test(tells)) return undefined;
  const whole = wholeBefore(ctx, sc, figure.start);
  if (!whole || THINGS.test(`${whole.name} ${tells}`) || PROPERTY.test(tells)) return undefined;
  const unit = (whole.properties as Record<string, unknown>).unit;
  if (typeof unit === 'string' && !['count', 'crimes', '%'].includes(unit)) return undefined;
  // «Закладчики в 2025 году» → «Закладчики: несовершеннолетние»: the whole's time is the part's sentence's.
  const wholeName = String((whole.properties as Record<string, unknown>).metricRu ?? whole.name);
  const phrase = `${wholeName}: ${tells.replace(/^[—–-]\s*/u, '')}`;
  const evidence = { start: figure.start, end: from + tells.length };
  const mention = unclaimedIndicator(ctx, sc, phrase, evidence, { value: figure.value, unit: 'count' });
  return { ref: mention.ref, end: evidence.end };
}

/** The Indicator quoted last before the part (its quote may run over the part), in its paragraph. */
function wholeBefore(ctx: DocumentContext, sc: SentenceContext, at: number): DraftEntity | undefined {
  const paragraphStart =
    ctx.sentences.find((x) => x.sentence.paragraph === sc.sentence.paragraph)?.sentence.start ??
    sc.sentence.start;
  let best: { entity: DraftEntity; end: number } | undefined;
  for (const entity of ctx.builder.entitiesSoFar()) {
    if (entity.label !== 'Indicator' && entity.label !== 'Seizure' && entity.label !== 'SupplyChannel')
      continue;
    for (const m of entity.mentions)
      if (m.start >= paragraphStart && m.start < at && (!best || m.start > best.end))
        best = { entity, end: m.start };
  }
  return best?.entity.label === 'Indicator' ? best.entity : undefined;
}
