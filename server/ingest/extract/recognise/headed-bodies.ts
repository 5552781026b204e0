import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { placeAfter, territorialBody, type Place } from './body-places.ts';
import { linkedMention } from './known-entities.ts';
import { matchWords } from './match-words.ts';
import { newBody } from './new-body.ts';
import { republicAfter } from './republic-after.ts';

type Kind =
  | 'police-department'
  | 'police-directorate'
  | 'police-office'
  | 'knb-department'
  | 'revenue-department'
  | 'economic-department'
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
  { words: ['линейный', 'отдел', 'полиция'], kind: 'police-office' }, { words: ['лоп'], kind: 'police-office' },
  { words: ['департамент', 'кнб'], kind: 'knb-department' }, { words: ['дкнб'], kind: 'knb-department' },
  { words: ['департамент', 'комитет', 'национальный', 'безопасность'], kind: 'knb-department' },
  { words: ['департамент', 'государственный', 'доход'], kind: 'revenue-department' }, { words: ['дгд'], kind: 'revenue-department' },
  { words: ['дэр'], kind: 'economic-department' },
  { words: ['прокуратура'], kind: 'prosecutor' }, { words: ['акимат'], kind: 'akimat' },
  { words: ['дэр'], kind: 'unit' },
  // «совместно с органами КНБ и прокуратуры»: in a regional release, the region's bodies.
  { words: ['орган', 'кнб'], kind: 'knb-department' }, { words: ['орган', 'прокуратура'], kind: 'prosecutor' },
];
/** A prosecutor's office that is not the region's: «Генеральная прокуратура», «военная прокуратура». */
const NOT_REGIONAL = /^(?:генеральн|военн|транспортн|специализированн|районн|городск)/iu;

const LINKED_PREFIX: Partial<Record<Kind, string>> = {
  'police-department': 'департамент полиции',
  'knb-department': 'департамент кнб',
};

/** A body named by a head and a place at token `at` ("ДП Жамбылской области"), or null. */
export function headedBodyAt(ctx: DocumentContext, sc: SentenceContext, at: number): Mention | null {
  // "территориальным департаментом КНБ": the department of the region the document is about.
  const territorial = sc.tokens[at]?.forms.has('территориальный') ?? false;
  const i = territorial ? at + 1 : at;
  const head = HEADS.map((h) => ({ h, to: matchWords(sc, i, h.words) }))
    .filter((x) => x.to > 0)
    .sort((a, b) => b.to - a.to)[0];
  if (!head) return null;
  // «Департаментом Комитета национальной безопасности Республики Казахстан по Павлодарской области».
  const republic = republicAfter(sc, head.to);
  if (republic > head.to && placeAfter(ctx, sc, republic)) head.to = republic;
  const shared = placeAfter(ctx, sc, head.to) ? null : sharedPlace(ctx, sc, head.to);
  const bare =
    (BARE_TERRITORIAL.has(sc.tokens[i]!.text) && head.to === i + 1) ||
    head.h.words[0] === 'орган' ||
    // «Департаменту полиции поручено …» in a region's release: its own department.
    (head.h.kind === 'police-department' && head.to === i + head.h.words.length && !!ctx.homeRegionId) ||
    (head.h.kind === 'prosecutor' && !NOT_REGIONAL.test(sc.tokens[i - 1]?.text ?? '') && !!ctx.homeRegionId);
  const place =
    placeAfter(ctx, sc, head.to) ??
    transportAfter(sc, head.h.kind, head.to) ??
    (shared ? { ...shared, to: head.to, entry: undefined } : null) ??
    (territorial || bare ? { to: head.to, regionId: null, implied: true } : null);
  // «районных управлений полиции», «Департамент полиции» with no place: no particular body.
  if (!place && head.h.words[0] !== 'прокуратура') return null;
  // «органами КНБ» names the region's department, not the Committee as well.
  if (head.h.words[0] !== 'орган') innerAbbreviations(ctx, sc, i, head.to);
  const to = place?.to ?? head.to;
  const regionId = place?.regionId ?? (place?.implied ? (ctx.homeRegionId ?? null) : null);
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
  const body = newBody(ctx, sc, { from: at, to, headTo: head.to }, regionId, place?.implied ?? false);
  if (place?.implied && regionId && !place.entry && head.to === to)
    body.inferredBasis = `"${ctx.text.slice(body.start, body.end)}" names no region: taken as the one the document is about.`;
  const city =
    place?.entry?.label === 'City'
      ? sc.mentions.find((m) => m.from === place.from && m.label === 'City')
      : undefined;
  // «Управление полиции города Кокшетау» is in Kokshetau.
  if (city)
    ctx.builder.relate({ type: 'LOCATED_IN', from: body.ref, to: city.ref, evidence: body, confidence: 0.8 });
  return body;
}

/**
 * The transport police is placed by the transport, not by a region: «Департамент полиции на транспорте»,
 * «линейного отдела полиции на станции Караганда-Сортировочная».
 */
function transportAfter(sc: SentenceContext, kind: Kind, k: number): Place | null {
  if (!kind.startsWith('police') || sc.tokens[k]?.text !== 'на') return null;
  const next = sc.tokens[k + 1];
  if (next?.forms.has('транспорт')) return { to: k + 2, regionId: null };
  if (
    (next?.forms.has('станция') || next?.forms.has('вокзал')) &&
    /^\p{Lu}/u.test(sc.tokens[k + 2]?.text ?? '')
  )
    return { to: k + 3, regionId: null };
  return null;
}

/** «при участии ДКНБ»: a territorial body's abbreviation alone is the one of the region the release is about. */
const BARE_TERRITORIAL = new Set(['ДКНБ', 'ДГД']);

/**
 * «ДКНБ и ДГД по Западно-Казахстанской области», «Департамента полиции и прокуратуры области»: two heads
 * share the place named after the second one.
 */
function sharedPlace(ctx: DocumentContext, sc: SentenceContext, j: number) {
  if (!sc.tokens[j]?.forms.has('и')) return null;
  const next = HEADS.map((h) => matchWords(sc, j + 1, h.words))
    .filter((to) => to > 0)
    .sort((a, b) => b - a)[0];
  return next ? placeAfter(ctx, sc, next) : null;
}

/** "департаментом КНБ": КНБ itself is named too. */
function innerAbbreviations(ctx: DocumentContext, sc: SentenceContext, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const token = sc.tokens[k]!;
    if (!token.abbreviation || ['ДП', 'УП', 'ОП', 'ЛОП', 'ДГД', 'ДКНБ'].includes(token.text)) continue;
    const entry = ctx.index.byName(token.text, 'Agency')[0];
    if (entry) sc.mentions.push(linkedMention(ctx, entry, sc, k, k + 1, 0.9));
  }
}
