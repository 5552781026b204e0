import { foldName } from '../../gazetteer/fold-name.ts';
import { covered, tokenSpan, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { genitivePhrase } from '../morphology/genitive-phrase.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { districtObjectEnd } from './district-object.ts';
import { genericRepeat } from './generic-post.ts';
import { bodyBeforeOffice } from './office-body.ts';
import { sharedTitleBody } from './shared-title.ts';
import { bodyReferredTo, knownPost, ministryAt } from './post-bodies.ts';
import { CONTINUATIONS, GENERIC_OBJECTS, isModifier, isTitle } from './post-words.ts';

/**
 * Posts: a title ("первый заместитель начальника", "официальный представитель") followed by its body's
 * mention, "министр(а) внутренних дел" (the ministry named by its field), a place ("аким Павлодарской области",
 * "прокурор области"), a body referred back to ("начальник департамента"), or generic objects ("начальникам
 * подразделений", only as addressees). Linked to the graph's post of the same title in the same body;
 * otherwise new, named in the nominative with the body as written. A title alone repeats a post named before
 * ("Первый заместитель министра" after "первого заместителя министра внутренних дел РК").
 */
export function findPositions(ctx: DocumentContext, sc: SentenceContext): void {
  const t = sc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (covered(sc, i)) continue;
    let k = i;
    while (k < t.length && !covered(sc, k) && isModifier(t[k]!)) k++;
    if (k >= t.length || covered(sc, k) || !isTitle(t[k]!)) continue;
    const head = t[k]!.text;
    k++;
    while (k < t.length && !covered(sc, k) && [...t[k]!.forms].some((f) => CONTINUATIONS.has(f))) k++;
    const titleEnd = k;
    // «старший советник юстиции»: a class rank of prosecutors, not a post.
    if (/^юстиции$/iu.test(t[titleEnd]?.text ?? '')) {
      i = titleEnd;
      continue;
    }
    let found = objectOf(ctx, sc, titleEnd);
    const office = found.to > titleEnd ? undefined : bodyBeforeOffice(ctx, sc, i);
    if (office) found = { to: titleEnd, body: office, before: true };
    const words = t.slice(i, titleEnd).map((x) => x.text);
    const title = nominativePhrase(ctx.morph, words);
    // "участковые инспекторы провели …", "приняли участие руководители ДП …": people, not a post; a plural
    // post is one when instructions are addressed to it ("начальникам подразделений").
    if (plural(ctx, head) && !ctx.morph(head).some((p) => p.tag.CAse === 'datv')) continue;
    if (
      titleEnd - i === 1 &&
      found.to === titleEnd &&
      !found.body &&
      !/^(?:министр|аким|прокурор)/i.test(t[i]!.text)
    ) {
      const earlier = earlierPost(ctx, sc, title);
      if (earlier) sc.mentions.push(repeat(ctx, sc, earlier, i, titleEnd));
      continue;
    }
    const general =
      !found.body && !found.place && !found.district && found.to > titleEnd && !plural(ctx, head)
        ? genericRepeat(ctx, sc, title, { from: titleEnd, to: found.to })
        : undefined;
    if (general === 'none') {
      i = found.to - 1;
      continue;
    }
    const earlier = general ?? (!found.body && !found.place ? earlierPost(ctx, sc, title) : undefined);
    if (earlier) {
      sc.mentions.push(repeat(ctx, sc, earlier, i, found.to));
      i = found.to - 1;
      continue;
    }
    sc.mentions.push(post(ctx, sc, { from: i, titleEnd, head }, title, found));
    i = found.to - 1;
    const shared = plural(ctx, head) ? sharedTitleBody(ctx, sc, head, found.to) : undefined;
    if (shared) {
      const { body, title: one } = shared;
      sc.mentions.push(
        post(ctx, sc, { from: body.from, titleEnd: body.from, head: one }, one, { to: body.to, body }),
      );
      i = body.to - 1;
    }
  }
}

interface PostObject {
  to: number;
  body?: Mention;
  place?: Mention;
  /** «аким Каратальского района»: a district without a node of its own. */
  district?: boolean;
  /** «в ДП … на должность заместителя начальника»: the body named before the title. */
  before?: boolean;
}

/** What follows a title: a body, a ministry by its field, a place, a body referred back to, generic objects. */
function objectOf(ctx: DocumentContext, sc: SentenceContext, at: number): PostObject {
  const body =
    sc.mentions.find((m) => m.label === 'Agency' && m.from === at) ??
    ministryAt(ctx, sc, at) ??
    bodyReferredTo(ctx, sc, at);
  if (body) return { to: body.to, body };
  const place =
    sc.mentions.find((m) => (m.label === 'Region' || m.label === 'City') && m.from === at) ??
    cityAfterWord(ctx, sc, at);
  if (place) return { to: place.to, place };
  const district = districtObjectEnd(ctx, sc, at);
  if (district) return { to: district, district: true };
  let to = at;
  const generic = (k: number) =>
    k < sc.tokens.length && !covered(sc, k) && [...sc.tokens[k]!.forms].some((f) => GENERIC_OBJECTS.has(f));
  // «начальникам городских и районных отделов полиции»: «и» joins two of them.
  while (to - at < 5 && (generic(to) || (to > at && sc.tokens[to]?.text === 'и' && generic(to + 1)))) to++;
  return { to };
}

function post(
  ctx: DocumentContext,
  sc: SentenceContext,
  { from: i, titleEnd, head }: { from: number; titleEnd: number; head: string },
  title: string,
  { to, body, place, district, before }: PostObject,
): Mention {
  const t = sc.tokens;
  // «руководитель ДП …» is the police body's head, whose post is «начальник» (other bodies' heads keep the word).
  if (/^руководител\p{L}*$/iu.test(title) && body && /полици/iu.test(body.name)) title = 'Начальник';
  const written = ctx.text.slice(t[titleEnd - 1]!.end, t[to - 1]!.end);
  // «Прокурор области», «начальник департамента»: the object is named in full from what it refers to.
  const referred = body?.inferredBasis ?? place?.inferredBasis;
  const rest = before
    ? ` ${genitivePhrase(ctx.morph, body!.name)}`
    : !referred
      ? written
      : !body && place?.label === 'City'
        ? ` города ${place.name}`
        : ` ${genitivePhrase(ctx.morph, (body ?? place)!.name)}`;
  const name = `${title}${rest}`.replace(/\s+/g, ' ');
  const entry = body?.existingId ? knownPost(ctx, title, body.existingId) : undefined;
  const span = tokenSpan(sc, i, to);
  const ref = ctx.builder.entity({
    key: entry
      ? `Position|${entry.id}`
      : `Position|new|${foldName(title)}|${body?.ref ?? place?.ref ?? foldName(written)}`,
    label: 'Position',
    name: entry?.name ?? name,
    existingId: entry?.id ?? null,
    mention: span,
    confidence: referred ? 0.7 : body || place ? 0.85 : 0.65,
  });
  return {
    ...span,
    label: 'Position',
    ref,
    name: entry?.name ?? name,
    existingId: entry?.id ?? null,
    from: i,
    to,
    agencyRef: body?.ref ?? null,
    ...(body?.inferredBasis ? { agencyBasis: body.inferredBasis } : {}),
    ...(place ? { regionId: place.regionId ?? null } : {}),
    generic: plural(ctx, head) || (!body && !place && !district),
  };
}

/** A post named before whose name starts with this title: its abbreviated repeat. */
function earlierPost(ctx: DocumentContext, sc: SentenceContext, title: string): Mention | undefined {
  const folded = foldName(title);
  return ctx.sentences
    .slice(0, sc.index)
    .flatMap((s) => s.mentions)
    .find((m) => m.label === 'Position' && foldName(m.name).startsWith(`${folded} `));
}

function repeat(
  ctx: DocumentContext,
  sc: SentenceContext,
  earlier: Mention,
  from: number,
  to: number,
): Mention {
  const span = tokenSpan(sc, from, to);
  ctx.builder.addMention(earlier.ref, span);
  return { ...earlier, ...span, from, to };
}

function plural(ctx: DocumentContext, word: string): boolean {
  if (/^руководств/iu.test(word)) return true;
  const parses = ctx.morph(word).filter((p) => p.tag.POS === 'NOUN');
  return parses.length > 0 && parses.every((p) => p.tag.NMbr === 'plur');
}

/**
 * «аким города Актау»: the word «города» before the city's name is part of the post's object. «заместителя
 * акима города» with no name: the city the release names most, when it names one (inferred).
 */
function cityAfterWord(ctx: DocumentContext, sc: SentenceContext, at: number): Mention | undefined {
  const word = sc.tokens[at];
  if (!word || covered(sc, at) || !/^города$/iu.test(word.text)) return undefined;
  const named = sc.mentions.find((m) => m.label === 'City' && m.from === at + 1);
  if (named) return { ...named, start: word.start, from: at };
  if (!/^акима|^прокурора/iu.test(sc.tokens[at - 1]?.text ?? '')) return undefined;
  const counts = new Map<string, { city: Mention; n: number }>();
  for (const m of ctx.sentences.flatMap((s) => s.mentions))
    if (m.label === 'City') {
      const seen = counts.get(m.ref) ?? { city: m, n: 0 };
      counts.set(m.ref, { ...seen, n: seen.n + 1 });
    }
  const [top, second] = [...counts.values()].sort((a, b) => b.n - a.n);
  if (!top || (second && second.n === top.n)) return undefined;
  return {
    ...top.city,
    ...tokenSpan(sc, at, at + 1),
    from: at,
    to: at + 1,
    inferredBasis: `«${word.text}» names the city the release is about, ${top.city.name}.`,
  };
}
