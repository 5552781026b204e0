import type { DocumentContext, SentenceContext } from '../context.ts';
import { clauseStart, folded, genitiveHead, objectEnd, phrase, type MeasurePhrase } from './phrase-span.ts';

/** A completed check, active or passive: «провела проверку …», «проведена внеплановая проверка …». */
const CHECK_DONE =
  /(?<!\p{L})(?:провел[аи]?|проведен[аоы]?)\s+(?:\p{L}+\s+){0,2}?(провер(?:ку|ка|ки))(?!\p{L})/giu;
/** «проверена работа отдела …», «проверено соблюдение …»: the participle, then what was checked. */
const CHECKED = /(?<!\p{L})проверен[аоы]?\s+(?=\p{Ll})/giu;
/** «проверкой соблюдения законодательства … выявлены»: the check named by what it checked. */
const BY_CHECK = /(?<!\p{L})проверкой\s+(?!(?:выявлен|охвачен|установлен|был|проверен)\p{L}*)(?=\p{Ll})/giu;
/** A prosecutor's representation: «внесено представление», «внёс представление», «внесла представление». */
const REPRESENTATION =
  /(?<!\p{L})(?:внесен[оа]?|внесл[аи]|внес)\s+(?:\p{L}+\s+)?(представлени[ея])(?!\p{L})/giu;

/** Checks done: «провела проверку …», «проверена работа …», «проверкой соблюдения … выявлены …». */
export function checks(ctx: DocumentContext, sc: SentenceContext): MeasurePhrase[] {
  const out: MeasurePhrase[] = [];
  const text = folded(ctx, sc);
  for (const m of text.matchAll(CHECK_DONE)) {
    const nounAt = m.index + m[0].length - m[1]!.length;
    const end = objectEnd(text, m.index + m[0].length);
    const object = ctx.text.slice(sc.sentence.start + m.index + m[0].length, sc.sentence.start + end).trim();
    out.push(phrase(sc, 'check', nounAt, end, m.index, nounAt, `Проверка ${object}`));
  }
  for (const m of text.matchAll(CHECKED)) {
    const after = m.index + m[0].length;
    const end = objectEnd(text, after);
    const object = ctx.text.slice(sc.sentence.start + after, sc.sentence.start + end).trim();
    out.push(phrase(sc, 'check', m.index, end, m.index, after, `Проверка ${genitiveHead(ctx, object)}`));
  }
  for (const m of text.matchAll(BY_CHECK)) {
    const after = m.index + m[0].length;
    const end = objectEnd(text, after);
    const object = ctx.text.slice(sc.sentence.start + after, sc.sentence.start + end).trim();
    out.push(phrase(sc, 'check', m.index, end, m.index, after, `Проверка ${object}`));
  }
  return out.filter((p) => p.end - p.start > 'проверка '.length + 4);
}

/** Representations made, named by what they demand or whom they are addressed to. */
export function representations(ctx: DocumentContext, sc: SentenceContext): MeasurePhrase[] {
  const text = folded(ctx, sc);
  return [...text.matchAll(REPRESENTATION)].map((m) => {
    const after = m.index + m[0].length;
    const cut = text.slice(after).search(/[,;:.]|\s[—–]\s/u);
    const end = cut < 0 ? text.length : after + cut;
    const tail = ctx.text.slice(sc.sentence.start + after, sc.sentence.start + end).trim();
    const head = clauseStart(text, m.index);
    // «начальнику ДП Туркестанской области … внесено представление»: named by whom it is addressed to.
    const addressee = sc.mentions.find(
      (x) =>
        x.label === 'Position' &&
        x.start >= sc.sentence.start + head &&
        x.end <= sc.sentence.start + m.index &&
        // «Прокурор области … внёс представление» is who made it, not whom it is addressed to.
        !ctx
          .morph(ctx.text.slice(x.start, x.end).split(/\s+/u)[0]!.toLowerCase())
          .some((p) => p.tag.CAse === 'nomn' || p.tag.CAse === 'ablt'),
    );
    const to = addressee ? ctx.text.slice(addressee.start, addressee.end) : '';
    const name = tail ? `Представление ${tail}` : to ? `Представление ${to}` : 'Представление';
    return phrase(sc, 'representation', m.index, end, m.index, after, name);
  });
}
