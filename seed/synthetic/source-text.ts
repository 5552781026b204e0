/**
 * Every synthetic Source carries this text, and every document-derived edge quotes one of its sentences
 * at its real offsets — so the data contract's rule (a quote is an exact substring of its source's text at
 * `start`/`end`) holds without storing a distinct document per node.
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
