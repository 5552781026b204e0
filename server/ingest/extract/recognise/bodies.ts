import type { GazetteerEntry } from '../../draft.ts';
import { foldName } from '../../gazetteer/fold-name.ts';
import { covered, tokenSpan, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { linkedMention, regionOf } from './known-entities.ts';

type Kind =
  | 'police-department'
  | 'police-directorate'
  | 'police-office'
  | 'knb-department'
  | 'revenue-department'
  | 'prosecutor'
  | 'akimat'
  | 'unit';

interface Head {
  /** Lemmas (or capital abbreviations) word by word. */
  words: string[];
  kind: Kind;
}

// prettier-ignore
const HEADS: Head[] = [
  { words: ['департамент', 'полиция'], kind: 'police-department' }, { words: ['дп'], kind: 'police-department' },
  { words: ['управление', 'полиция'], kind: 'police-directorate' }, { words: ['уп'], kind: 'police-directorate' },
  { words: ['городской', 'управление', 'полиция'], kind: 'police-directorate' },
  { words: ['отдел', 'полиция'], kind: 'police-office' }, { words: ['оп'], kind: 'police-office' },
  { words: ['районный', 'отдел', 'полиция'], kind: 'police-office' },
  { words: ['департамент', 'кнб'], kind: 'knb-department' }, { words: ['дкнб'], kind: 'knb-department' },
  { words: ['департамент', 'комитет', 'национальный', 'безопасность'], kind: 'knb-department' },
  { words: ['департамент', 'государственный', 'доход'], kind: 'revenue-department' }, { words: ['дгд'], kind: 'revenue-department' },
  { words: ['прокуратура'], kind: 'prosecutor' }, { words: ['акимат'], kind: 'akimat' },
];

/** Unit nouns that open "управление по противодействию наркопреступности ДП …" and similar sub-units. */
const UNIT_NOUNS = new Set([
  'управление',
  'отдел',
  'департамент',
  'служба',
  'комитет',
  'отделение',
  'сектор',
  'группа',
]);

const LINKED_PREFIX: Partial<Record<Kind, string>> = {
  'police-department': 'департамент полиции',
  'knb-department': 'департамент кнб',
};

/**
 * Bodies named by a head and a place: "ДП Жамбылской области", "Управлением полиции города Уральска",
 * "Департаментом КНБ по области Абай", "прокуратурой области", and sub-units "управление по противодействию
 * наркопреступности ДП …". A territorial police or КНБ department is linked through its region (the graph's
 * JURISDICTION); other bodies are proposed as new, in the nominative, with the place as written.
 */
export function findBodies(ctx: DocumentContext, sc: SentenceContext): void {
  for (let i = 0; i < sc.tokens.length; i++) {
    if (covered(sc, i)) continue;
    const found = headedBodyAt(ctx, sc, i) ?? unitAt(ctx, sc, i);
    if (found) i = found.to - 1;
  }
}

function headedBodyAt(ctx: DocumentContext, sc: SentenceContext, at: number): Mention | null {
  // "территориальным департаментом КНБ": the department of the region the document is about.
  const territorial = sc.tokens[at]?.forms.has('территориальный') ?? false;
  const i = territorial ? at + 1 : at;
  const head = HEADS.map((h) => ({ h, to: matchWords(sc, i, h.words) }))
    .filter((x) => x.to > 0)
    .sort((a, b) => b.to - a.to)[0];
  if (!head) return null;
  const place =
    placeAfter(ctx, sc, head.to) ?? (territorial ? { to: head.to, regionId: null, implied: true } : null);
  if (!place && head.h.words.length === 1 && head.h.words[0] !== 'прокуратура') return null;
  innerAbbreviations(ctx, sc, i, head.to);
  const to = place?.to ?? head.to;
  const regionId = place?.regionId ?? (place?.implied ? (ctx.mainRegion?.regionId ?? null) : null);
  // The place inside the body's name is a mention of that place too ("…Северо-Казахстанской области").
  if (place?.entry && !place.implied)
    sc.mentions.push(linkedMention(ctx, place.entry, sc, place.from!, place.to, 0.9));
  const prefix = LINKED_PREFIX[head.h.kind];
  const entry = prefix && regionId ? territorialBody(ctx, prefix, regionId) : undefined;
  if (entry) {
    const mention = linkedMention(ctx, entry, sc, at, to, place?.implied ? 0.7 : 0.95);
    if (place?.implied)
      mention.inferredBasis = `"${ctx.text.slice(mention.start, mention.end)}" names no region: taken as the one the document is about.`;
    sc.mentions.push(mention);
    return mention;
  }
  return newBody(ctx, sc, at, to, regionId, head.to);
}

/** "управление по противодействию наркопреступности ДП Жамбылской области": a unit of a named body. */
function unitAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const first = sc.tokens[i]!;
  // "Пограничная служба КНБ", "Служба пограничной охраны КНБ", "управление по противодействию … ДП …"
  let noun = i;
  while (
    noun < i + 2 &&
    noun < sc.tokens.length &&
    !isUnitNoun(sc.tokens[noun]!) &&
    /^\p{L}+$/u.test(sc.tokens[noun]!.text) &&
    ctx.morph(sc.tokens[noun]!.text).some((p) => p.tag.POS === 'ADJF')
  )
    noun++;
  if (!sc.tokens[noun] || !isUnitNoun(sc.tokens[noun]!)) return null;
  for (let k = noun + 1; k < Math.min(sc.tokens.length, noun + 7); k++) {
    if (covered(sc, k) && !sc.mentions.some((m) => m.from === k && m.label === 'Agency')) return null;
    if (!/^\s+$/.test(ctx.text.slice(sc.tokens[k - 1]!.end, sc.tokens[k]!.start))) return null;
    const parent =
      sc.mentions.find((m) => m.from === k && m.label === 'Agency') ??
      headedBodyAt(ctx, sc, k) ??
      knownAgencyAt(ctx, sc, k);
    if (!parent) {
      const word = sc.tokens[k]!.text;
      const nominal =
        word === 'по' || ctx.morph(word).some((p) => ['NOUN', 'ADJF', 'PRTF'].includes(p.tag.POS ?? ''));
      if (
        !/^[а-яё-]+$/.test(word) ||
        !nominal ||
        ctx.morph(word).some((p) => ['ADVB', 'CONJ', 'PRCL'].includes(p.tag.POS ?? '') && p.score > 0.5)
      )
        return null;
      continue;
    }
    const ref = ctx.builder.entity({
      key: `Agency|new|${foldName(ctx.text.slice(first.start, parent.end))}`,
      label: 'Agency',
      name: nominativePhrase(
        ctx.morph,
        sc.tokens.slice(i, parent.to).map((t) => t.text),
      ),
      existingId: null,
      mention: { start: first.start, end: parent.end },
      confidence: 0.75,
    });
    const unit: Mention = {
      start: first.start,
      end: parent.end,
      label: 'Agency',
      ref,
      name: '',
      existingId: null,
      from: i,
      to: parent.to,
      regionId: parent.regionId ?? null,
    };
    ctx.builder.relate({ type: 'PART_OF', from: ref, to: parent.ref, evidence: unit, confidence: 0.85 });
    // The unit's span contains its parent's; both stay, the unit first, so facts can name either.
    sc.mentions.push(unit);
    return unit;
  }
  return null;
}

function isUnitNoun(token: { forms: Set<string> }): boolean {
  return [...token.forms].some((f) => UNIT_NOUNS.has(f));
}

function knownAgencyAt(ctx: DocumentContext, sc: SentenceContext, k: number): Mention | null {
  const match = ctx.index.matchAt(sc.tokens, k).find((m) => m.entry.label === 'Agency');
  if (!match) return null;
  const mention = linkedMention(ctx, match.entry, sc, k, match.to, 0.9);
  sc.mentions.push(mention);
  return mention;
}

/** "департаментом КНБ": КНБ itself is named too. */
function innerAbbreviations(ctx: DocumentContext, sc: SentenceContext, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const token = sc.tokens[k]!;
    if (!token.abbreviation || ['ДП', 'УП', 'ОП', 'ДГД', 'ДКНБ'].includes(token.text)) continue;
    const entry = ctx.index.byName(token.text, 'Agency')[0];
    if (entry) sc.mentions.push(linkedMention(ctx, entry, sc, k, k + 1, 0.9));
  }
}

interface Place {
  to: number;
  regionId: string | null;
  /** "прокуратурой области": the region is the document's. */
  implied?: boolean;
  /** The gazetteer place, and where its words start. */
  entry?: GazetteerEntry;
  from?: number;
}

/** The place after a head: "[по] Жамбылской области", "города Уральска", "СКО", "Шуского района", "области". */
function placeAfter(ctx: DocumentContext, sc: SentenceContext, j: number): Place | null {
  let k = j;
  if (sc.tokens[k]?.text.toLowerCase() === 'по') k++;
  const token = sc.tokens[k];
  if (!token) return null;
  const match = ctx.index
    .matchAt(sc.tokens, k)
    .find((m) => m.entry.label === 'Region' || m.entry.label === 'City');
  if (match) return { to: match.to, regionId: regionOf(ctx, match.entry), entry: match.entry, from: k };
  const next = sc.tokens[k + 1];
  if (token.forms.has('город') && next && /^\p{Lu}/u.test(next.text)) {
    const city = ctx.index
      .matchAt(sc.tokens, k + 1)
      .find((m) => m.entry.label === 'City' || m.entry.label === 'Region');
    return {
      to: city?.to ?? k + 2,
      regionId: city ? regionOf(ctx, city.entry) : null,
      ...(city ? { entry: city.entry, from: k + 1 } : {}),
    };
  }
  if (next?.forms.has('район') && /^\p{Lu}/u.test(token.text)) return { to: k + 2, regionId: null };
  if (token.forms.has('район') && next && /^\p{Lu}/u.test(next.text)) return { to: k + 2, regionId: null };
  if ((token.forms.has('область') || token.forms.has('регион')) && !next?.forms.has('абай'))
    return { to: k + 1, regionId: null, implied: true };
  return null;
}

function territorialBody(ctx: DocumentContext, prefix: string, regionId: string): GazetteerEntry | undefined {
  return ctx.index.entries.find(
    (e) =>
      e.label === 'Agency' && foldName(e.name).startsWith(prefix) && (e.context ?? []).includes(regionId),
  );
}

function newBody(
  ctx: DocumentContext,
  sc: SentenceContext,
  from: number,
  to: number,
  regionId: string | null,
  headTo: number,
): Mention {
  const span = tokenSpan(sc, from, to);
  // The head in the nominative, the place as written: "ДГД по Павлодарской области", "Прокуратура области".
  const head = nominativePhrase(
    ctx.morph,
    sc.tokens.slice(from, headTo).map((t) => t.text),
  );
  const name = headTo < to ? `${head}${ctx.text.slice(sc.tokens[headTo - 1]!.end, span.end)}` : head;
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

/** Index after the words if tokens from `i` match them (lemmas, or capitals for abbreviations); else 0. */
export function matchWords(sc: SentenceContext, i: number, words: string[]): number {
  for (const [k, word] of words.entries()) {
    const token = sc.tokens[i + k];
    if (!token) return 0;
    const abbreviation =
      /^[а-я]{2,4}$/.test(word) &&
      word.length <= 4 &&
      !['полиция'].includes(word) &&
      word === word.toLowerCase() &&
      token.abbreviation;
    if (abbreviation ? foldName(token.text) !== word : !token.forms.has(word)) return 0;
  }
  return i + words.length;
}
