import type { DocumentContext, Mention } from '../context.ts';

/**
 * «проверка … в деятельности Департамента полиции …», «проверена работа отдела полиции …»: the body checked,
 * in the check's own clause (a comma ends it: «по данным проверки, …, направлены в ДП» is not whom it checked).
 */
const CHECKED =
  /провер\p{L}*(?:[^.,;]*?(?:в\s+деятельности|в\s+отношении|в)|\s+(?:работа|работу|деятельность))\s*$/iu;

/** The body the release says was checked: «проверка … в деятельности Департамента полиции …». */
export function checkedBody(ctx: DocumentContext): Mention | undefined {
  // Asked once per figure and measure: found once per document.
  if (!found.has(ctx)) found.set(ctx, firstChecked(ctx));
  return found.get(ctx);
}

const found = new WeakMap<DocumentContext, Mention | undefined>();

function firstChecked(ctx: DocumentContext): Mention | undefined {
  for (const sc of ctx.sentences)
    for (const m of sc.mentions)
      if (m.label === 'Agency' && CHECKED.test(ctx.folded.slice(sc.sentence.start, m.start))) return m;
  return undefined;
}
