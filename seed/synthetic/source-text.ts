/**
 * Every synthetic Source's text starts with these sentences, and every document-derived edge quotes one of
 * them at its real offsets — so the data contract's rule (a quote is an exact substring of its source's
 * text at `start`/`end`) holds without writing a document per node; a last line makes each text its own.
 */
const SENTENCES = [
  'Состоялось оперативное совещание руководства департамента полиции.',
  'Начальник департамента поручил усилить борьбу с наркобизнесом.',
  'Ответственными назначены руководители подразделений.',
  'Работа ведется совместно с территориальным подразделением КНБ и органами таможни.',
  'Перекрыты каналы поставки наркотиков.',
  'Изъято более 770 кг наркотиков.',
  'Показатели сравнивались с прошлым годом.',
] as const;

export const SOURCE_TEXT = SENTENCES.join(' ');

/** A quote with its UTF-16 offsets in SOURCE_TEXT. */
export interface Quote {
  quote: string;
  start: number;
  end: number;
}

export const QUOTES: readonly Quote[] = SENTENCES.map((quote) => {
  const start = SOURCE_TEXT.indexOf(quote);
  return { quote, start, end: start + quote.length };
});

/** The text of synthetic document `n`: the shared sentences, then its own number (its sha256 is unique). */
export function sourceText(n: number): string {
  return `${SOURCE_TEXT} Документ №${n}.`;
}
