import { foldName } from '../../gazetteer/fold-name.ts';
import type { FormToken } from '../../gazetteer/gazetteer-index.ts';
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { genitivePhrase } from '../morphology/genitive-phrase.ts';
import { placeAfter } from './body-places.ts';

const HEADS: Record<string, string> = { управление: 'Управление', отдел: 'Отдел' };
/** Forms that can only be one department; «управления» may be several («управления здравоохранения и образования»). */
const SINGULAR = /^(?:управление|управлению|управлением|управлении|отдел|отделу|отделом|отделе|отдела)$/iu;
/** A field word that makes it a police or other body read elsewhere, or no field at all. */
const NOT_FIELD = /^(?:полиции|кадров|делами|акимата?|города|области|района)$/iu;

interface Field {
  from: number;
  to: number;
}

/**
 * An akimat's department named by its field: «Управлению здравоохранения», «отделом образования города
 * Актау», «руководители управлений здравоохранения, образования и по делам молодёжи акимата» (one department
 * per field). Read in a release that speaks of an akimat, or when named with its city or region. The place is the one written after the list,
 * else the region the release is about; its PART_OF the akimat is added later (akimat-parents.ts).
 */
export function akimatDepartmentsAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const t = sc.tokens;
  const headWord = Object.keys(HEADS).find((h) => t[i]?.forms.has(h));
  if (!headWord) return null;
  const fields: Field[] = [];
  let k = i + 1;
  for (;;) {
    const field = fieldAt(ctx, t, k);
    if (!field) break;
    fields.push(field);
    k = field.to;
    const gap = t[k] ? ctx.text.slice(t[k - 1]!.end, t[k]!.start) : '';
    if (gap === ', ' && fieldAt(ctx, t, k)) continue;
    if (/^\s+$/.test(gap) && t[k]!.text === 'и' && fieldAt(ctx, t, k + 1)) k++;
    else break;
  }
  if (fields.length === 0) return null;
  // «Управление физической культуры и спорта» is one department; «управлений здравоохранения и образования» two.
  const parts = SINGULAR.test(t[i]!.text) ? [{ from: fields[0]!.from, to: fields.at(-1)!.to }] : fields;
  const end = parts.at(-1)!.to;
  const place = placeAfter(ctx, sc, end);
  const explicit = place && !place.implied && place.entry ? place : null;
  // «управлением образования области»: the region the release is about, written as a word.
  const implied = place?.implied ? place : null;
  // A local executive body: in a release that speaks of an akimat, or named with its city or region (or the
  // word «области»), or after another one named so («руководитель Управления здравоохранения Мангистауской
  // области, … представители Управления образования»).
  if (explicit) namedWithPlace.add(ctx);
  else if (!implied && !/акимат/iu.test(ctx.folded) && !namedWithPlace.has(ctx)) return null;
  const regionId = explicit?.regionId ?? ctx.homeRegionId ?? null;
  const region = regionId ? ctx.index.get(regionId) : undefined;
  const where = explicit
    ? ctx.text.slice(t[end - 1]!.end, t[explicit.to - 1]!.end)
    : region
      ? ` ${genitivePhrase(ctx.morph, region.name)}`
      : '';
  let first: Mention | null = null;
  parts.forEach((part, n) => {
    const field = ctx.text.slice(t[part.from]!.start, t[part.to - 1]!.end);
    const name = `${HEADS[headWord]} ${field}${where}`;
    const from = n === 0 ? i : part.from;
    const named = explicit ?? implied;
    const to = n === parts.length - 1 && named ? named.to : part.to;
    const span = { start: t[from]!.start, end: t[to - 1]!.end };
    // «поручила управлению образования» after «руководитель управления образования акимата … области»: the
    // department named in full before, not a second one.
    const earlier = named ? undefined : namedBefore(ctx, `${HEADS[headWord]} ${field}`);
    if (earlier) {
      ctx.builder.addMention(earlier.ref, span);
      const mention: Mention = {
        ...span,
        label: 'Agency',
        ref: earlier.ref,
        name: earlier.name,
        existingId: null,
        from,
        to,
        regionId,
      };
      sc.mentions.push(mention);
      first ??= mention;
      return;
    }
    const ref = ctx.builder.entity({
      key: `Agency|new|${foldName(`${HEADS[headWord]} ${field}`)}|${regionId ?? ''}`,
      label: 'Agency',
      name,
      existingId: null,
      mention: span,
      confidence: 0.65,
    });
    const mention: Mention = { ...span, label: 'Agency', ref, name, existingId: null, from, to, regionId };
    sc.mentions.push(mention);
    first ??= mention;
  });
  return first;
}

const namedWithPlace = new WeakSet<DocumentContext>();

/** The one body added so far whose name is this department's with more after it («… акимата … области»). */
function namedBefore(ctx: DocumentContext, bare: string): { ref: string; name: string } | undefined {
  const prefix = `${foldName(bare)} `;
  const found = ctx.builder
    .entitiesSoFar()
    .filter((e) => e.label === 'Agency' && !e.existingId && foldName(e.name).startsWith(prefix));
  return found.length === 1 ? found[0] : undefined;
}

/** A field at token k: «по делам молодёжи», or genitive words «здравоохранения», «физической культуры». */
function fieldAt(ctx: DocumentContext, t: readonly FormToken[], k: number): Field | null {
  const word = t[k];
  if (!word || !/^[а-яё-]+$/u.test(word.text)) return null;
  // «управления здравоохранения и управления образования»: the next item has its own head.
  if (Object.keys(HEADS).some((h) => word.forms.has(h))) return null;
  let to = k;
  if (word.text === 'по') to++;
  while (
    to < t.length &&
    to - k < 4 &&
    /^[а-яё-]{3,}$/u.test(t[to]!.text) &&
    !NOT_FIELD.test(t[to]!.text) &&
    (to === k || /^\s+$/.test(ctx.text.slice(t[to - 1]!.end, t[to]!.start))) &&
    ctx
      .morph(t[to]!.text)
      .some(
        (p) =>
          (p.tag.POS === 'NOUN' || p.tag.POS === 'ADJF') &&
          (word.text === 'по' ? p.tag.CAse === 'datv' || p.tag.CAse === 'gent' : p.tag.CAse === 'gent'),
      )
  )
    to++;
  const minimum = word.text === 'по' ? k + 2 : k + 1;
  if (to < minimum) return null;
  // A field is a singular noun («здравоохранения», «физической культуры»): «общественных организаций» after
  // the list is other participants, not a department.
  const last = t[to - 1]!.text;
  if (word.text !== 'по' && !ctx.morph(last).some((p) => p.tag.POS === 'NOUN' && p.tag.NMbr === 'sing'))
    return null;
  return { from: k, to };
}
