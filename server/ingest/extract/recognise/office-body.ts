import { between, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

/** «переведён в Департамент полиции Актюбинской области на должность заместителя начальника». */
const ON_OFFICE = /^\s+на\s+(?:должность|пост)\s+$/iu;
const INTO = /(?:^|[\s,])(?:в|во)\s+$/iu;

/**
 * A body named before «на должность» («переведён в ДП … на должность заместителя начальника», «назначена в
 * прокуратуру области на должность помощника прокурора»): the title after it, named without a body, is a
 * post of that body, as the text states.
 */
export function bodyBeforeOffice(ctx: DocumentContext, sc: SentenceContext, at: number): Mention | undefined {
  const start = sc.tokens[at]?.start;
  if (start === undefined) return undefined;
  return sc.mentions.find(
    (m) =>
      m.label === 'Agency' &&
      m.end <= start &&
      ON_OFFICE.test(between(ctx, m.end, start)) &&
      INTO.test(between(ctx, Math.max(sc.sentence.start, m.start - 4), m.start)),
  );
}
