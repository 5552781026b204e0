import { foldName } from '../../gazetteer/fold-name.ts';
import { tokenSpan, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { genitivePhrase } from '../morphology/genitive-phrase.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';

// Shared by the recognisers that find a body the graph does not know (headed, district, field, ministry,
// institution bodies…), so one body found by two of them gets one name and one key.

/** Press abbreviations of police bodies, spelled out in a new body's name. */
const SPELLED_OUT: Record<string, string> = {
  ДП: 'Департамент полиции',
  УП: 'Управление полиции',
  ОП: 'Отдел полиции',
  ГУП: 'Городское управление полиции',
  РОП: 'Районный отдел полиции',
  ЛОП: 'Линейный отдел полиции',
  ДЭР: 'Департамент экономических расследований',
  ДГД: 'Департамент государственных доходов',
};

/** A body the graph does not know: the head in the nominative, the place as written or, when only implied
 * («прокуратурой области»), the region the document is about. */
export function newBody(
  ctx: DocumentContext,
  sc: SentenceContext,
  { from, to, headTo, name: given }: { from: number; to: number; headTo: number; name?: string },
  regionId: string | null,
  implied = false,
): Mention {
  const span = tokenSpan(sc, from, to);
  // «органами прокуратуры» is the prosecutor's office itself.
  const headFrom = sc.tokens[from]!.forms.has('орган') && headTo - from > 1 ? from + 1 : from;
  const words = sc.tokens.slice(headFrom, headTo).map((t) => t.text);
  // «УП города Актау» and «Управление полиции города Актау» are one body: the press form is spelled out.
  const head = (headTo - headFrom === 1 && SPELLED_OUT[words[0]!]) || nominativePhrase(ctx.morph, words);
  const written = ctx.text.slice(sc.tokens[headTo - 1]!.end, span.end);
  // «Прокуратура ЗКО» is «Прокуратура Западно-Казахстанской области»: an abbreviated region is spelled out.
  const abbreviated = /^\s+(?:по\s+)?\p{Lu}{2,5}$/u.test(written);
  const region = (implied || abbreviated) && regionId ? ctx.index.get(regionId) : undefined;
  const place = region
    ? ` ${/^\s+по\s/u.test(written) ? 'по ' : ''}${genitivePhrase(ctx.morph, region.name)}`
    : // «по г. Алматы» is «по городу Алматы», «УП г. Актау» «УП города Актау».
      written.replace(/^(\s+по)?\s+г\.\s*/u, (_, by?: string) => (by ? `${by} городу ` : ' города '));
  const name = given ?? (headTo < to || region ? `${head}${place}` : head);
  const ref = ctx.builder.entity({
    key: `Agency|new|${foldName(name)}`,
    label: 'Agency',
    name,
    existingId: null,
    mention: span,
    confidence: 0.75,
  });
  const mention: Mention = { ...span, label: 'Agency', ref, name, existingId: null, from, to, regionId };
  sc.mentions.push(mention);
  return mention;
}
