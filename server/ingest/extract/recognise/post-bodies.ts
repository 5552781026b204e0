import type { GazetteerEntry } from '../../draft.ts';
import { foldName } from '../../gazetteer/fold-name.ts';
import { tokenSpan, covered, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { TITLE_NOUNS } from './post-words.ts';

/** Generic nouns that refer back to a body named before: «начальник департамента», «прокурор области». */
const BACK = new Map([
  ['департамент', 'департамент'],
  ['управление', 'управление'],
  ['ведомство', ''],
  ['отдел', 'отдел'],
]);

/**
 * «Заместитель начальника департамента», «прежний начальник департамента»: the body is the release's own,
 * named before (its name starts with the same noun), when no name follows. The link is inferred.
 */
export function bodyReferredTo(ctx: DocumentContext, sc: SentenceContext, k: number): Mention | undefined {
  const token = sc.tokens[k];
  const next = sc.tokens[k + 1];
  if (!token || covered(sc, k) || !/^\p{Ll}/u.test(token.text)) return undefined;
  if (next && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(ctx.text.slice(token.end, next.start)))
    return undefined;
  const noun = [...BACK.keys()].find((n) => token.forms.has(n));
  if (noun === undefined || /(?:ов|ях|ям|ами|ий)$/iu.test(token.text)) return undefined;
  const prefix = BACK.get(noun)!;
  const named = [...ctx.sentences.slice(0, sc.index + 1)]
    .flatMap((s) => s.mentions)
    .filter((m) => m.label === 'Agency' && m.start < token.start && foldName(m.name).startsWith(prefix));
  const body =
    ctx.mainAgency && foldName(ctx.mainAgency.name).startsWith(prefix) ? ctx.mainAgency : named.at(-1);
  if (!body) return undefined;
  return {
    ...body,
    ...tokenSpan(sc, k, k + 1),
    from: k,
    to: k + 1,
    inferredBasis: `«${token.text}» refers back to ${body.name}, named before.`,
  };
}

/** "министра внутренних дел [РК]" names the Министерство внутренних дел: the body is the ministry. */
export function ministryAt(ctx: DocumentContext, sc: SentenceContext, k: number): Mention | undefined {
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

/** The institution a post of a place heads: the prosecutor of a region heads its prosecutor's office. */
const INSTITUTIONS: [RegExp, string][] = [
  [/^(?:(?:первый )?заместитель )?прокурор/iu, 'прокуратура'],
  [/^(?:(?:первый )?заместитель )?акима? /iu, 'акимат'],
];

/** The body a post of a place heads («Прокурор области» → «Прокуратура Туркестанской области»), if named. */
export function institutionOf(
  ctx: DocumentContext,
  title: string,
  regionId: string | null | undefined,
): Mention | undefined {
  const institution = INSTITUTIONS.find(([re]) => re.test(`${title} `))?.[1];
  if (!institution || !regionId) return undefined;
  // «Аким области» heads the region's akimat, not a city's.
  const ofCity = / города /iu.test(title);
  return ctx.sentences
    .flatMap((s) => s.mentions)
    .find(
      (m) =>
        m.label === 'Agency' &&
        m.regionId === regionId &&
        foldName(m.name).startsWith(institution) &&
        (ofCity || !/ город/iu.test(m.name)),
    );
}

/** The graph's post with this title in this body (its name starts with the title and it is POSITION_IN the body). */
export function knownPost(ctx: DocumentContext, title: string, agencyId: string): GazetteerEntry | undefined {
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
