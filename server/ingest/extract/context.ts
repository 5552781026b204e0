import type { GazetteerIndex, FormToken } from '../gazetteer/gazetteer-index.ts';
import type { DraftBuilder } from './draft-builder.ts';
import type { Morph } from './morphology/az-morph.ts';
import type { Figure } from './recognise/figures.ts';
import type { PartialDate } from './recognise/partial-date.ts';
import { isDateline } from './recognise/dateline.ts';
import type { TimeRef } from './recognise/time-rules.ts';
import type { Sentence, Span } from './text/segment.ts';

/** An entity recognised at a place in a sentence. */
export interface Mention extends Span {
  label: string;
  ref: string;
  name: string;
  existingId: string | null;
  /** Token indices [from, to) in the sentence. */
  from: number;
  to: number;
  /** The region an Agency, City or Region mention stands for or lies in, when known. */
  regionId?: string | null;
  /** For a Position: the ref of its body. */
  agencyRef?: string | null;
  /** For a Position whose body is referred to («начальник департамента»), why it is that body. */
  agencyBasis?: string;
  /** For a Person: the surname, folded, to resolve later surname-only mentions. */
  surname?: string;
  /** Set when the link rests on the document's context rather than the words ("территориальный департамент КНБ"). */
  inferredBasis?: string;
  /** A plural or generic mention ("руководству департаментов"). */
  generic?: boolean;
}

export interface SentenceContext {
  index: number;
  /** Its `text` has ё written as е (see DocumentContext.folded); names are cut from DocumentContext.text. */
  sentence: Sentence;
  tokens: FormToken[];
  mentions: Mention[];
  figures: Figure[];
  times: TimeRef[];
  /** The person whose words this sentence quotes (a "Name — post:" block), if any. */
  speaker?: Mention;
  /** The sentence follows the quoted block without a dash: probably, not surely, the speaker's words. */
  speakerInferred?: boolean;
  /** The sentence is a line of a quoted block (after "Имя — должность:"). */
  quoted?: boolean;
}

/** Everything the recognisers and fact finders share while reading one document. */
export interface DocumentContext {
  text: string;
  /** The text with ё written as е, offsets unchanged: what the rules match against. */
  folded: string;
  morph: Morph;
  index: GazetteerIndex;
  builder: DraftBuilder;
  sentences: SentenceContext[];
  published: PartialDate | null;
  /** The region and body the document is about, once found (the first police body or region named). */
  mainRegion?: Mention;
  /** Every region the document names (directly or through a city), from a first pass. */
  docRegions: Set<string>;
  /** The region the document is about: the one its places and bodies name most often (first pass). */
  homeRegionId?: string | null;
  mainAgency?: Mention;
}

/** The span from token `from` to token `to` (exclusive) of a sentence. */
export function tokenSpan(sc: SentenceContext, from: number, to: number): Span {
  return { start: sc.tokens[from]!.start, end: sc.tokens[to - 1]!.end };
}

/**
 * The tokens of a sentence from offset `start` to `end`: `from` is the first token at or after `start`, `to`
 * (exclusive) the first at or after `end`, or the sentence's length when none is. The inverse of `tokenSpan`.
 */
export function tokenRange(sc: SentenceContext, start: number, end: number): { from: number; to: number } {
  const from = sc.tokens.findIndex((t) => t.start >= start);
  const to = sc.tokens.findIndex((t) => t.start >= end);
  return { from, to: to < 0 ? sc.tokens.length : to };
}

/** True when a token is already part of a mention. */
export function covered(sc: SentenceContext, tokenIndex: number): boolean {
  return sc.mentions.some((m) => m.from <= tokenIndex && tokenIndex < m.to);
}

/** A mention inside a longer one (the region in "ДП Павлодарской области", "КНБ" in "Департамент КНБ по …"). */
export function insideAnother(sc: SentenceContext, m: Mention): boolean {
  return sc.mentions.some(
    (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
  );
}

/**
 * The document's title: among its first three lines, the first that is a whole line without a full stop
 * ("КНБ пресёк международный канал контрабанды гашиша"). It restates the lead. A dateline («17 июля 2025 г.,
 * Туркестан») has no full stop either and is no title.
 */
export function headlineOf(ctx: DocumentContext): SentenceContext | undefined {
  return ctx.sentences.find(
    (sc) =>
      sc.sentence.paragraph <= 2 &&
      !/[.!?…:]$/u.test(sc.sentence.text.trim()) &&
      !isDateline(sc.sentence.text) &&
      ctx.sentences.filter((o) => o.sentence.paragraph === sc.sentence.paragraph).length === 1,
  );
}

/** Mentions of the given labels, in text order. */
export function mentionsOf(sc: SentenceContext, ...labels: string[]): Mention[] {
  return sc.mentions.filter((m) => labels.includes(m.label)).sort((a, b) => a.start - b.start);
}

/** The lower-case text between two offsets, ё written as е. */
export function between(ctx: DocumentContext, start: number, end: number): string {
  return start < end ? ctx.folded.slice(start, end).toLowerCase() : '';
}
