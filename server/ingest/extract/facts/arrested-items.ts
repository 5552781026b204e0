import type { DocumentContext, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Figure } from '../recognise/figures.ts';
import type { MetricFigure } from './metric-phrases.ts';

// «На имущество участников группы — 3 квартиры, 5 автомобилей и деньги на сумму 186 млн тенге — наложен арест»,
// «на имущество (шесть квартир и девять автомобилей) наложен арест»: property listed under arrest is counted
// item by item. Items a sum already covers («стоимостью 412 млн тенге, в том числе две квартиры») are the sum's.

/** «наложен арест», «арестованы», «под арест». */
const ARRESTED = /(?:наложен\p{L}*\s+арест|арест\s+наложен|арестован\p{L}*|под\s+арест\p{L}*)/iu;
/** Where the property arrested is named: «на имущество …», «арест на …», «арестованы …». */
const ARRESTED_FROM =
  /(?<!\p{L})(?:на\s+(?:\p{L}+\s+){0,3}?имуществ\p{L}*|арест\p{L}*\s+на\s|арестован\p{L}*)/iu;
/** Property counted by the piece: flats, houses, cars, plots, buildings. */
const PROPERTY =
  /^(?:квартир|дом(?:а|ов)?$|жил\p{L}*\s+дом|автомоб|автомашин|машин|земельн|участк|объект|здани|гараж|транспортн)/iu;

/** Counts of property a sentence puts under arrest, each with what it counts. */
export function arrestedItems(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  if (!ARRESTED.test(sc.sentence.text)) return [];
  // «приобрёл три дома, а на имущество … наложен арест»: only what follows the property arrested is counted.
  const anchor = ARRESTED_FROM.exec(ctx.folded.slice(sc.sentence.start, sc.sentence.end));
  if (!anchor) return [];
  const from = sc.sentence.start + anchor.index;
  const out: MetricFigure[] = [];
  for (const figure of sc.figures) {
    if (figure.start < from || figure.unit !== 'count' || !figure.noun || !PROPERTY.test(figure.noun))
      continue;
    // «…, в том числе две квартиры»: after a sum the items are what the sum is made of.
    const lead = ctx.folded.slice(Math.max(sc.sentence.start, figure.start - 40), figure.start);
    if (/в\s+том\s+числе\s+(?:на\s+)?$/iu.test(lead) || covered(ctx, sc, figure)) continue;
    const t = sc.tokens;
    const i = t.findIndex((x) => x.start >= figure.end);
    if (i < 0 || !/^\s+$/u.test(ctx.text.slice(figure.end, t[i]!.start))) continue;
    const end = t[i]!.end;
    const noun = nominativePhrase(ctx.morph, [t[i]!.text], { capitaliseFirst: false, plural: true });
    out.push({
      figure,
      metric: {
        from: i,
        to: i + 1,
        start: figure.start,
        end,
        phrase: `${noun} (под арестом)`,
        evidence: { start: figure.start, end },
        ofCase: true,
      },
    });
  }
  return out;
}

/** Whether a sum of money stands before the item in its sentence with «в том числе» between. */
function covered(ctx: DocumentContext, sc: SentenceContext, figure: Figure): boolean {
  const sum = sc.figures.find((f) => f.end <= figure.start && f.noun && /^(?:тенге|тг)$/u.test(f.noun));
  return Boolean(sum && /в\s+том\s+числе/iu.test(ctx.folded.slice(sum.end, figure.start)));
}
