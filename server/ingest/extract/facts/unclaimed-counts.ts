import type { DocumentContext, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Figure } from '../recognise/figures.ts';
import { unclaimedIndicator } from './unclaimed-indicator.ts';

/**
 * The tools of laundering drug money, counted: «обналичено через 57 банковских карт», «12 криптокошельков»,
 * «46 банковских счетов», «47 дроп-карт», «выводилась через 9 нелегальных криптообменников». Annotators of
 * financial cases count them as the case's figures.
 */
const LAUNDERING =
  /^(?:банковск|карт(?:а|ы|у|ой|ам|ами|ах)?$|сч[её]т(?:а|ов|у|ом|ам|ах)?$|криптокош|кошел[её]к|кошельк|дроп|(?:крипто)?обменник|криптобирж)/iu;
const UNITS: [RegExp, string][] = [
  [/^(?:банковск\p{L}*\s+)?карт|^дроп/iu, 'cards'],
  [/^(?:банковск\p{L}*\s+)?сч[её]т/iu, 'accounts'],
  [/^(?:крипто)?кошел|^криптокош/iu, 'wallets'],
  [/обменник|бирж/iu, 'exchangers'],
];

/**
 * A count no other rule took, of laundering tools (doses the seized drug would have made are
 * potential-yield.ts's), as an
 * Indicator (`value`, `unit`, `qualifier`). Other counted nouns left unclaimed (people detained in the case,
 * flats and cars, searches, shops) are marked by annotators less often than not.
 */
export function unclaimedCount(ctx: DocumentContext, sc: SentenceContext, figure: Figure): void {
  if (figure.unit !== 'count' || !figure.noun) return;
  // The counted noun and the adjective before it («банковских карт», «нелегальных криптообменников»).
  const after = sc.tokens.filter((t) => t.start >= figure.end).slice(0, 2);
  const nouns =
    after[0] && ctx.morph(after[0].text).some((p) => p.tag.POS === 'ADJF') ? after : after.slice(0, 1);
  if (nouns.length === 0 || (!LAUNDERING.test(nouns.at(-1)!.text) && !LAUNDERING.test(figure.noun))) return;
  const words = nouns.map((t) => ctx.text.slice(t.start, t.end));
  const phrase = nominativePhrase(ctx.morph, words, { capitaliseFirst: false, plural: true });
  const unit = UNITS.find(([re]) => re.test(words.join(' ').toLowerCase()))?.[1] ?? 'count';
  unclaimedIndicator(
    ctx,
    sc,
    phrase,
    { start: figure.start, end: nouns.at(-1)!.end },
    {
      value: figure.value,
      unit,
      qualifier: figure.qualifier === 'exactly' ? undefined : figure.qualifier,
    },
  );
}
