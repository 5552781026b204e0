import { headlineOf, type DocumentContext, type SentenceContext } from '../context.ts';
import type { DraftEntity } from '../../draft.ts';

// «ОПМ «Мак-2025»: уничтожено свыше 40 гектаров дикорастущей конопли» over «… уничтожено 57 очагов … на общей
// площади 43,6 гектара, что на 18 % больше»; «ДП Алматы: за полугодие число наркопреступлений снизилось на
// 8,3 %» over «зарегистрировано 611 наркопреступлений, это на 8,3 % меньше»: a headline restates a figure of
// the body, rounded («свыше 40», «около 2 тонн», «58 тыс.») or by its change alone. It is one more mention of
// the body's indicator, not an indicator of its own with a rounder figure.

/** The sentences of a document with its headline, if any, read last: it restates what the body tells. */
export function headlineLast(ctx: DocumentContext): SentenceContext[] {
  const headline = headlineOf(ctx);
  return headline ? [...ctx.sentences.filter((s) => s !== headline), headline] : ctx.sentences;
}

/**
 * The body's indicator a headline's figures restate: same unit, the level within the headline's rounding, or
 * (with no level) the same change. Undefined when the sentence is no headline, or no one indicator fits.
 */
export function restatedByHeadline(
  ctx: DocumentContext,
  sc: SentenceContext,
  phrase: string,
  figures: Record<string, unknown>,
): DraftEntity | undefined {
  if (sc !== headlineOf(ctx)) return undefined;
  const value = figures.value as number | undefined;
  const change = figures.change as number | undefined;
  if (value === undefined && change === undefined) return undefined;
  const inBody = (e: DraftEntity) =>
    e.label === 'Indicator' &&
    e.mentions.every((m) => m.end <= sc.sentence.start || m.start >= sc.sentence.end);
  const fits = ctx.builder.entitiesSoFar().filter((e) => {
    // «охвачено свыше 19 тысяч учащихся» over «Охват составил 19 640 учащихся»: the body may name the metric
    // by another word than the headline, yet tell the same counted thing in its quote.
    const told = e.mentions.map((m) => ctx.text.slice(m.start, m.end)).join(' ');
    if (!inBody(e) || !shareWord(phrase, `${e.name} ${String(e.properties.metricRu ?? '')} ${told}`))
      return false;
    const p = e.properties as Record<string, unknown>;
    if (!sameUnit(p.unit, figures.unit)) return false;
    if (change !== undefined && p.change !== undefined) {
      if (p.change !== change || p.changeUnit !== figures.changeUnit) return false;
    }
    if (value === undefined) return p.change === change && p.changeUnit === figures.changeUnit;
    return typeof p.value === 'number' && rounded(value, figures.qualifier as string | undefined, p.value);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Crimes are counted things too: a headline may count «наркопреступления» the body calls crimes. */
function sameUnit(a: unknown, b: unknown): boolean {
  const kind = (u: unknown) => (u === 'crimes' ? 'count' : u);
  return kind(a) === kind(b);
}

/** Whether a headline's level (with its qualifier) is the body's level rounded. */
function rounded(headline: number, qualifier: string | undefined, body: number): boolean {
  if (headline === body) return true;
  if (headline <= 0) return false;
  const ratio = body / headline;
  if (qualifier === 'over') return ratio >= 1 && ratio < 1.25;
  if (qualifier === 'under') return ratio <= 1 && ratio > 0.8;
  // «около 2 тонн», «58 тыс.»: a round figure for the exact one.
  return Math.abs(ratio - 1) <= (qualifier === 'about' ? 0.1 : 0.03);
}

/**
 * Whether two metric phrases share a word stem («гектары дикорастущей конопли», «очаги дикорастущей конопли:
 * площадь»): a headline's figure of another thing that happens to round to a body level is no restatement.
 */
function shareWord(a: string, b: string): boolean {
  const stems = (t: string) =>
    new Set(
      [
        ...t
          .toLowerCase()
          .replaceAll('ё', 'е')
          .matchAll(/[а-я]{5,}/gu),
      ].map((m) => m[0].slice(0, 5)),
    );
  const other = stems(b);
  return [...stems(a)].some((w) => other.has(w));
}
