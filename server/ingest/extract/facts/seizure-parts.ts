/**
 * A seized total split by drug in the sentence after it, with no verb of seizing again: «Изъято 12,4 кг
 * наркотиков. Из них 9 кг марихуаны, 2,1 кг гашиша», «Из них гашиша — 61,5 кг», «Из них 31,9 тонны составили
 * марихуана и гашиш», «Из них 46 кг приходится на синтетические наркотики», or «В их числе:» and a list of
 * lines («— марихуана — 1 тонна 32 кг;», «— психотропные таблетки — 2 140 штук»). Each part is a Seizure of
 * its own, INCLUDED_IN the total (the opener says so), seized by whoever seized the total, in its year.
 */
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { byWhom } from './by-whom.ts';
import { yearOf } from './event-year.ts';
import { addSeizure, seizureKey } from './seizure-entity.ts';
import { seizureChange } from './seizure-change.ts';
import { seizurePlace } from './seizure-places.ts';

/** The words that open a split of what was just told. */
const OPENER =
  /^\s*(?:из\s+(?:них|которых|этого\s+(?:количества|объема)|общего\s+(?:количества|объема))|в\s+(?:том|их)\s+числе|среди\s+них|включая)(?![\p{L}])/iu;
/** The opener's words, whole or cut by the four words a drug before its amount may take. */
const OPENER_WORDS =
  /^\s*(?:(?:в|из|среди)\s+)?(?:том\s+числе|их\s+числе|них|которых|этого\s+(?:количества|объема)|общего\s+(?:количества|объема))\s+/iu;
/** A drug's word: a class of drugs or one drug. */
const DRUG =
  /(?<![\p{L}])(?:наркот|психотроп|синтетик|синтетическ|марихуан|гашиш|героин|кокаин|мефедрон|амфетамин|метамфетамин|метадон|опи|конопл|насвай|спайс|прекурсор|альфа-pvp|α-pvp|pvp|маков|экстази|трамадол|прегабалин|кодеин)/iu;
/** «— синтетические наркотики», «составили марихуана и гашиш», «приходится на синтетику»: the drug after. */
const AFTER =
  /^\s*(?:[—–-]\s*|(?:составил\p{L}*|составля\p{L}*|приходит\p{L}*\s+на|пришл\p{L}*\s+на)\s+)?((?:[\p{L}«»-]+(?:\s+(?:и\s+)?|$)){1,5})/iu;
/** «гашиша — 61,5 кг», «марихуана: 1 тонна 32 кг»: the drug before, then a dash or colon. */
const BEFORE =
  /([\p{L}«»-]+(?:\s+[\p{L}«»-]+){0,3})\s*[—–:-]\s*(?:(?:более|свыше|около|почти|порядка)\s+)?$/iu;
/** Pieces counted in a part: «психотропные таблетки — 2 140 штук», «Из них 900 таблеток трамадола». */
const PIECES = /^(?:штук|шт|таблет|капсул|ампул|доз)/iu;
/** A list line's mark, outside the sentence or inside it. */
const ITEM_MARK = /^\s*(?:[^\p{L}\p{N}\s«"„(]{1,3}|\d{1,2}[.)](?!\d))\s/u;
const SEIZES = /(?<![\p{L}])(?:изъят|изъял|обнаружен|обнаружил|выявлен|найден|нашли)\p{L}*/iu;

/** The parts of each total in `seizures` told in the sentence or list right after it. */
export function seizurePartsAfter(ctx: DocumentContext, seizures: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const taken = new Set<number>();
  for (const total of seizures) {
    const sc = ctx.sentences.find((s) => s.sentence.start <= total.start && total.start < s.sentence.end);
    const kg = ctx.builder.entityByRef(total.ref)?.properties.amountKg;
    if (!sc || typeof kg !== 'number' || taken.has(sc.index)) continue;
    // The total is the sentence's first amount that is part of nothing.
    if (ctx.builder.relationshipsFrom('INCLUDED_IN', total.ref).length) continue;
    taken.add(sc.index);
    const lines = splitAfter(ctx, sc);
    const parts: { sc: SentenceContext; amount: Figure; drug: string; end: number; start: number }[] = [];
    for (const line of lines) parts.push(...partsOf(ctx, line));
    const sum = parts.filter((p) => p.amount.unit === 'kg').reduce((a, p) => a + p.amount.value, 0);
    if (parts.length === 0 || sum > kg * 1.01) continue;
    for (const part of parts) out.push(addPart(ctx, sc, total, part));
  }
  return out;
}

/** The sentence right after the total's, if it opens a split, or the list lines after an opener with a colon. */
function splitAfter(ctx: DocumentContext, sc: SentenceContext): SentenceContext[] {
  const next = ctx.sentences[sc.index + 1];
  if (!next || /\n\s*\n/u.test(ctx.text.slice(sc.sentence.end, next.sentence.start))) return [];
  const text = ctx.folded.slice(next.sentence.start, next.sentence.end);
  if (!OPENER.test(text) || SEIZES.test(text)) return [];
  if (next.figures.length > 0) return [next];
  // «В их числе:» and the lines of a list.
  if (!/^\s*:/u.test(ctx.text.slice(next.sentence.end, next.sentence.end + 3))) return [];
  const lines: SentenceContext[] = [];
  for (const line of ctx.sentences.slice(next.index + 1)) {
    const lineStart = ctx.text.lastIndexOf('\n', line.sentence.start - 1) + 1;
    if (!ITEM_MARK.test(ctx.text.slice(lineStart, line.sentence.end))) break;
    if (SEIZES.test(line.sentence.text)) break;
    lines.push(line);
  }
  return lines;
}

/** Each amount of a split with the drug it names after or before it. */
function partsOf(ctx: DocumentContext, sc: SentenceContext) {
  const out: { sc: SentenceContext; amount: Figure; drug: string; start: number; end: number }[] = [];
  let from = sc.sentence.start;
  const seized = ctx.builder.entitiesSoFar().filter((e) => e.label === 'Seizure');
  for (const amount of sc.figures) {
    // An amount another rule has read (a results list's labelled line) is that rule's.
    if (
      amount.isChange ||
      seized.some((e) => e.mentions.some((m) => m.start <= amount.start && m.end >= amount.end))
    )
      continue;
    const pieces = amount.unit === 'count' && PIECES.test(amount.noun ?? '');
    if (amount.unit !== 'kg' && !pieces) continue;
    const nounEnd = pieces
      ? amount.end + /^\s*\p{L}*/u.exec(ctx.text.slice(amount.end))![0].length
      : amount.end;
    const tail = ctx.folded.slice(nounEnd, sc.sentence.end).split(/[,;.()]/u)[0]!;
    const after = AFTER.exec(tail);
    const before = BEFORE.exec(ctx.folded.slice(from, amount.start));
    const drug = after && DRUG.test(after[1]!) ? after : before && DRUG.test(before[1]!) ? before : undefined;
    const leadFrom = from;
    from = amount.end;
    if (!drug) continue;
    const isAfter = drug === after;
    const groupStart = isAfter
      ? nounEnd + drug[0].length - drug[1]!.length
      : leadFrom + drug.index + drug[0].indexOf(drug[1]!);
    const groupEnd = groupStart + drug[1]!.length;
    // «Из них гашиша — 61,5 кг»: the opener is no part of the drug's words.
    let at = groupStart + (OPENER_WORDS.exec(ctx.folded.slice(groupStart, groupEnd))?.[0].length ?? 0);
    at += /^\s*/u.exec(ctx.folded.slice(at, groupEnd))![0].length;
    const words = ctx.text.slice(at, groupEnd).trimEnd();
    out.push({
      sc,
      amount,
      drug: words,
      start: isAfter ? amount.start : at,
      end: isAfter ? at + words.length : nounEnd,
    });
  }
  return out;
}

function addPart(
  ctx: DocumentContext,
  totalSc: SentenceContext,
  total: Mention,
  part: { sc: SentenceContext; amount: Figure; drug: string; start: number; end: number },
): Mention {
  const { sc, amount, drug } = part;
  const span = { start: part.start, end: part.end };
  const written = ctx.text.slice(span.start, span.end).replace(/\s+/gu, ' ');
  const figures =
    amount.unit === 'kg'
      ? { amountKg: amount.value }
      : { count: amount.value, item: amount.noun ?? undefined };
  const mention = addSeizure(
    ctx,
    `Изъятие ${written}`,
    span,
    {
      ...figures,
      amountQualifier: amount.qualifier,
      substance: drug,
      ...yearOf(ctx, totalSc),
      ...seizureChange(ctx, sc, amount),
    },
    0.7,
  );
  if (ctx.builder.entityOf(seizureKey(total.name)))
    ctx.builder.relate({
      type: 'INCLUDED_IN',
      from: mention.ref,
      to: total.ref,
      evidence: { start: total.start, end: span.end },
      confidence: 0.75,
    });
  byWhom(ctx, totalSc, 'SEIZED', mention);
  seizurePlace(ctx, sc, mention, true);
  sc.mentions.push(mention);
  return mention;
}
