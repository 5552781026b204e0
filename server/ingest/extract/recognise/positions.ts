import type { GazetteerEntry } from '../../draft.ts';
import { foldName } from '../../gazetteer/fold-name.ts';
import { covered, tokenSpan, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';

// prettier-ignore
export const TITLE_NOUNS = new Set([
  'начальник', 'заместитель', 'руководитель', 'руководство', 'председатель', 'министр', 'вице-министр', 'прокурор',
  'аким', 'командир', 'директор', 'заведующий', 'следователь', 'оперуполномоченный', 'инспектор', 'дознаватель',
]);
export const MODIFIERS = new Set(['первый', 'старший', 'главный', 'участковый', 'ведущий', 'генеральный']);
/** Words that continue a title in the genitive before its body ("заместителя начальника", "начальника управления"). */
const CONTINUATIONS = new Set([
  'начальник',
  'министр',
  'председатель',
  'руководитель',
  'прокурор',
  'аким',
  'директор',
]);
/** Generic objects of a title when no body is named ("начальникам подразделений", "руководству департамента"). */
const GENERIC_OBJECTS = new Set([
  'подразделение',
  'департамент',
  'управление',
  'отдел',
  'служба',
  'район',
  'ведомство',
  'оп',
  'уп',
  'территориальный',
  'орган',
  'городской',
  'районный',
  'областной',
]);

/**
 * Posts: a title ("первый заместитель начальника", "начальник управления") followed by its body's mention,
 * "министр(а) внутренних дел" (the ministry named by its field), or a generic post ("начальникам
 * подразделений"). Linked to the graph's post of the same title in the same body; otherwise new, named in the
 * nominative with the body as written.
 */
export function findPositions(ctx: DocumentContext, sc: SentenceContext): void {
  const t = sc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (covered(sc, i)) continue;
    let k = i;
    while (k < t.length && !covered(sc, k) && [...t[k]!.forms].some((f) => MODIFIERS.has(f))) k++;
    if (k >= t.length || covered(sc, k) || ![...t[k]!.forms].some((f) => TITLE_NOUNS.has(f))) continue;
    k++;
    while (k < t.length && !covered(sc, k) && [...t[k]!.forms].some((f) => CONTINUATIONS.has(f))) k++;
    const titleEnd = k;
    const body =
      sc.mentions.find((m) => m.label === 'Agency' && m.from === titleEnd) ?? ministryAt(ctx, sc, titleEnd);
    // "аким Павлодарской области", "прокурор города Астаны": a post of a place, with no body.
    const place = body
      ? undefined
      : sc.mentions.find((m) => (m.label === 'Region' || m.label === 'City') && m.from === titleEnd);
    let to = body ? body.to : place ? place.to : titleEnd;
    if (!body && !place)
      while (
        to < t.length &&
        !covered(sc, to) &&
        to - titleEnd < 2 &&
        [...t[to]!.forms].some((f) => GENERIC_OBJECTS.has(f))
      )
        to++;
    const single = titleEnd - i === 1 && to === titleEnd;
    if (single && !/^(?:министр|аким|прокурор)/i.test(t[i]!.text)) continue;
    const title = nominativePhrase(
      ctx.morph,
      t.slice(i, titleEnd).map((x) => x.text),
    );
    const rest = ctx.text.slice(t[titleEnd - 1]!.end, t[to - 1]!.end);
    const name = `${title}${rest}`.replace(/\s+/g, ' ');
    const entry = body?.existingId ? knownPost(ctx, title, body.existingId) : undefined;
    const span = tokenSpan(sc, i, to);
    const plural = /^(?:\S+ )?(?:начальники|заместители|руководители|руководство)/i.test(title);
    const ref = ctx.builder.entity({
      key: entry
        ? `Position|${entry.id}`
        : `Position|new|${foldName(title)}|${body?.ref ?? place?.ref ?? foldName(rest)}`,
      label: 'Position',
      name: entry?.name ?? name,
      existingId: entry?.id ?? null,
      mention: span,
      confidence: body || place ? 0.85 : 0.65,
    });
    sc.mentions.push({
      ...span,
      label: 'Position',
      ref,
      name: entry?.name ?? name,
      existingId: entry?.id ?? null,
      from: i,
      to,
      agencyRef: body?.ref ?? null,
      generic: plural || (!body && !place),
    });
    i = to - 1;
  }
}

/** "министра внутренних дел [РК]" names the Министерство внутренних дел: the body is the ministry. */
function ministryAt(ctx: DocumentContext, sc: SentenceContext, k: number): Mention | undefined {
  const previous = sc.tokens[k - 1];
  if (!previous || !previous.forms.has('министр')) return undefined;
  for (let to = Math.min(sc.tokens.length, k + 4); to > k; to--) {
    if ([...Array(to - k).keys()].some((d) => covered(sc, k + d))) continue;
    const words = ctx.text.slice(sc.tokens[k]!.start, sc.tokens[to - 1]!.end);
    const entry = ctx.index.byName(`Министерство ${words}`, 'Agency')[0];
    if (!entry) continue;
    const span = tokenSpan(sc, k, to);
    const ref = ctx.builder.entity({
      key: `Agency|${entry.id}`,
      label: 'Agency',
      name: entry.name,
      existingId: entry.id,
      mention: span,
      confidence: 0.85,
    });
    const mention: Mention = {
      ...span,
      label: 'Agency',
      ref,
      name: entry.name,
      existingId: entry.id,
      from: k,
      to,
      regionId: null,
    };
    sc.mentions.push(mention);
    return mention;
  }
  return undefined;
}

/** The graph's post with this title in this body (its name starts with the title and it is POSITION_IN the body). */
function knownPost(ctx: DocumentContext, title: string, agencyId: string): GazetteerEntry | undefined {
  const folded = foldName(title);
  const agency = ctx.index.get(agencyId);
  if (!agency) return undefined;
  const bodyNames = [agency.name, ...agency.aliases].map(foldName);
  return ctx.index.entries.find((e) => {
    if (e.label !== 'Position' || !(e.context ?? []).includes(agencyId)) return false;
    return [e.name, ...e.aliases].some((n) => {
      const f = foldName(n);
      if (!f.startsWith(`${folded} `)) return false;
      const tail = f.slice(folded.length + 1);
      // The rest of the post's name must name the body (in any case form), not a longer title.
      return !TITLE_NOUNS.has(tail.split(' ')[0]!) && bodyNames.some((b) => sameStem(tail, b));
    });
  });
}

function sameStem(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  return (
    wa.length === wb.length &&
    wa.every((w, i) => w.slice(0, Math.max(2, w.length - 3)) === wb[i]!.slice(0, Math.max(2, w.length - 3)))
  );
}
