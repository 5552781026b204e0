import { covered, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { genitivePhrase } from '../morphology/genitive-phrase.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { placeAfter, territorialBody } from './body-places.ts';
import { newBody } from './new-body.ts';
import { republicAfter } from './republic-after.ts';

/**
 * Bodies named by adjectives and a head noun rather than by a head and a place: courts («Талгарский районный
 * суд», «Специализированным межрайонным судом по уголовным делам Мангистауской области»), schools of a
 * ministry («Карагандинскую академию МВД», «Актюбинский юридический институт МВД РК»), commissions
 * («областной межведомственной комиссии по противодействию наркомании и наркобизнесу», «антинаркотической
 * комиссии при акимате области»), «Национальный банк», «ювенальная полиция» and «региональная служба
 * коммуникаций» (where briefings are held). Each needs the adjective that
 * makes it one body: «суд» or «комиссия» alone is none.
 */
export function institutionAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const t = sc.tokens;
  let j = i;
  while (j < t.length && j - i < 4 && !covered(sc, j) && adjective(ctx, t[j]!.text)) j++;
  const head = t[j];
  if (j === i || !head || covered(sc, j)) return null;
  const adjectives = t.slice(i, j).flatMap((x) => [...x.forms]);
  const capitalised = /^\p{Lu}/u.test(t[i]!.text);
  if (head.forms.has('суд') && (capitalised || adjectives.some((a) => COURT.has(a))))
    return body(ctx, sc, i, j + 1, courtTail(ctx, sc, j + 1));
  if (SCHOOLS.has(lemma(head)) && capitalised && MINISTRY.test(t[j + 1]?.text ?? ''))
    return body(ctx, sc, i, j + 1, abbreviations(sc, j + 1));
  if (head.forms.has('комиссия') && adjectives.some((a) => COMMISSION.has(a))) {
    // A release has one standing commission, however it names it («антинаркотическая», «межведомственная
    // комиссия по противодействию …»): the first name stands for all.
    const name = commissions.get(ctx);
    const found = body(ctx, sc, i, j + 1, commissionTail(ctx, sc, j + 1), name);
    if (!name) commissions.set(ctx, found.name);
    return found;
  }
  if (head.forms.has('банк') && capitalised && adjectives.includes('национальный'))
    return body(ctx, sc, i, j + 1, republicAfter(sc, j + 1), 'Национальный банк Республики Казахстан');
  if (head.forms.has('полиция') && adjectives.includes('ювенальный'))
    return juvenilePolice(ctx, sc, i, j + 1);
  if (head.forms.has('служба') && adjectives.includes('региональный') && t[j + 1]?.forms.has('коммуникация'))
    return communications(ctx, sc, i, j + 2);
  return null;
}

const commissions = new WeakMap<DocumentContext, string>();

/** Adjectives that make «суд» one court. */
const COURT = new Set([
  'районный',
  'городской',
  'областной',
  'межрайонный',
  'специализированный',
  'верховный',
]);
/** Adjectives that make «комиссия» one standing body. */
const COMMISSION = new Set(['межведомственный', 'антинаркотический']);
const SCHOOLS = new Set(['академия', 'институт', 'университет']);
/** «МВД», «КНБ», «МВД РК»: the ministry or committee a school belongs to. */
const MINISTRY = /^(?:МВД|КНБ|МЧС|МО|МЮ|ГП|АФМ)$/u;

function adjective(ctx: DocumentContext, word: string): boolean {
  return /^\p{L}[\p{L}-]+$/u.test(word) && ctx.morph(word.toLowerCase()).some((p) => p.tag.POS === 'ADJF');
}

function lemma(token: { forms: Set<string> }): string {
  return [...token.forms].find((f) => SCHOOLS.has(f)) ?? '';
}

/** «… по уголовным делам», then the court's region or city. */
function courtTail(ctx: DocumentContext, sc: SentenceContext, k: number): number {
  let to = k;
  const words = sc.tokens.slice(k, k + 3).map((x) => x.text.toLowerCase());
  if (words[0] === 'по' && words[2] && /^(?:делам|правонарушениям)$/u.test(words[2])) to = k + 3;
  return placeAfter(ctx, sc, to)?.to ?? to;
}

/** «… Кызылординской области», «… по противодействию наркомании и наркобизнесу», «… при акимате области». */
function commissionTail(ctx: DocumentContext, sc: SentenceContext, k: number): number {
  let to = placeAfter(ctx, sc, k)?.to ?? k;
  const t = sc.tokens;
  if (t[to]?.text === 'по' && t[to + 1]?.forms.has('противодействие')) {
    to += 2;
    while (
      t[to] &&
      to < k + 9 &&
      (t[to]!.text === 'и' || /^\p{Ll}+$/u.test(t[to]!.text)) &&
      t[to]!.text !== 'при'
    )
      to++;
  }
  if (t[to]?.text === 'при' && t[to + 1]?.forms.has('акимат')) to = placeAfter(ctx, sc, to + 2)?.to ?? to + 2;
  return to;
}

function abbreviations(sc: SentenceContext, k: number): number {
  let to = k;
  while (sc.tokens[to] && /^(?:МВД|КНБ|МЧС|МО|МЮ|ГП|АФМ|РК)$/u.test(sc.tokens[to]!.text)) to++;
  return to;
}

function body(
  ctx: DocumentContext,
  sc: SentenceContext,
  from: number,
  headTo: number,
  to: number,
  name?: string,
): Mention {
  const end = Math.max(headTo, to);
  const words = sc.tokens.slice(from, headTo).map((x) => x.text);
  const head = nominativePhrase(ctx.morph, words);
  const rest = ctx.text.slice(sc.tokens[headTo - 1]!.end, sc.tokens[end - 1]!.end);
  return newBody(ctx, sc, { from, to: end, headTo, name: name ?? `${head}${rest}` }, null);
}

/** «ювенальной полиции»: the juvenile police of the release's police department, when there is one. */
function juvenilePolice(ctx: DocumentContext, sc: SentenceContext, from: number, to: number): Mention | null {
  const department = ctx.homeRegionId
    ? territorialBody(ctx, 'департамент полиции', ctx.homeRegionId)
    : undefined;
  if (!department) return null;
  const name = `Ювенальная полиция ${genitivePhrase(ctx.morph, department.name)}`;
  return newBody(ctx, sc, { from, to, headTo: to, name }, ctx.homeRegionId ?? null);
}

/** «в региональной службе коммуникаций [области Ұлытау]»: the region's, the one written after it or the release's. */
function communications(ctx: DocumentContext, sc: SentenceContext, from: number, headTo: number): Mention {
  const place = placeAfter(ctx, sc, headTo);
  if (place && !place.implied) return body(ctx, sc, from, headTo, place.to);
  const region = ctx.homeRegionId ? ctx.index.get(ctx.homeRegionId) : undefined;
  const head = nominativePhrase(
    ctx.morph,
    sc.tokens.slice(from, headTo).map((x) => x.text),
  );
  const name = region ? `${head} ${genitivePhrase(ctx.morph, region.name)}` : head;
  return newBody(ctx, sc, { from, to: headTo, headTo, name }, ctx.homeRegionId ?? null);
}
