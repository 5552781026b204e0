import { draftSource, type Draft, type ExtractInput, type Extractor } from '../draft.ts';
import { GazetteerIndex } from '../gazetteer/gazetteer-index.ts';
import type { DocumentContext, Mention, SentenceContext } from './context.ts';
import { DraftBuilder } from './draft-builder.ts';
import { findFacts } from './facts/find-facts.ts';
import { loadMorph, type Morph } from './morphology/az-morph.ts';
import { findBodies } from './recognise/bodies.ts';
import { findTimeRefs } from './recognise/dates.ts';
import { parsePartialDate } from './recognise/partial-date.ts';
import { baselineSentences } from './recognise/baseline-sentences.ts';
import { findFigures } from './recognise/figures.ts';
import { documentPlaces } from './recognise/document-places.ts';
import { findKnownEntities } from './recognise/known-entities.ts';
import { findOperations } from './recognise/operations.ts';
import { findPersons } from './recognise/persons.ts';
import { findPositions } from './recognise/positions.ts';
import { findRegionReferences } from './recognise/region-references.ts';
import { findRegionLists } from './recognise/region-lists.ts';
import { findSpeakers } from './recognise/speakers.ts';
import { findUnknownCities } from './recognise/unknown-cities.ts';
import { spansInText } from './spans-in-text.ts';
import { splitSentences } from './text/segment.ts';

export const RULES_RU_VERSION = '1.9.0';

/**
 * The offline Russian extractor: Az.js morphology, the graph's gazetteer, and rules written for Kazakhstan's
 * police, КНБ and prosecutors' press releases. Reading a document: sentences → entities (operations, bodies,
 * known places/bodies/posts, posts, people) → who is speaking → facts (posts held, meetings, directives,
 * measures, figures, seizures, channels, operations).
 */
export interface RulesRuOptions {
  /** Told of each span a rule put outside the text, which the draft leaves out (tests fail on it). */
  onBrokenSpan?: (what: string) => void;
}

export function createRulesRuExtractor(options: RulesRuOptions = {}): Extractor {
  let indexCache: { gazetteer: ExtractInput['gazetteer']; index: GazetteerIndex } | undefined;
  const indexFor = (morph: Morph, gazetteer: ExtractInput['gazetteer']) => {
    if (indexCache?.gazetteer !== gazetteer)
      indexCache = { gazetteer, index: new GazetteerIndex(gazetteer, morph) };
    return indexCache.index;
  };
  return {
    name: 'rules-ru',
    version: RULES_RU_VERSION,
    async extract(input: ExtractInput): Promise<Draft> {
      const morph = await loadMorph();
      const ctx = readDocument(input, morph, indexFor(morph, input.gazetteer));
      const { entities, relationships } = spansInText(input.text, ctx.builder.build(), options.onBrokenSpan);
      return {
        source: draftSource(input),
        entities,
        relationships,
        extractor: { name: 'rules-ru', version: RULES_RU_VERSION },
      };
    },
  };
}

function readDocument(input: ExtractInput, morph: Morph, index: GazetteerIndex): DocumentContext {
  const text = input.text;
  // ё is written or not at the writer's whim («пресечён», «пресечен»); rules read a copy with е, same offsets.
  const folded = text.replaceAll('ё', 'е').replaceAll('Ё', 'Е');
  const published = parsePartialDate(input.publishedAt);
  const ctx: DocumentContext = {
    text,
    folded,
    morph,
    index,
    builder: new DraftBuilder(text),
    published,
    docRegions: new Set(),
    sentences: splitSentences(folded).map((sentence, i): SentenceContext => ({
      index: i,
      sentence,
      tokens: index.formTokens(text, sentence.start, sentence.end),
      mentions: [],
      figures: findFigures(folded, sentence),
      times: findTimeRefs(folded, sentence, published),
    })),
  };
  // «… 412 наркопреступлений. Годом ранее их было 380.»: a baseline told in the next sentence.
  baselineSentences(folded, ctx.sentences);
  const places = documentPlaces(ctx);
  ctx.docRegions = places.regions;
  ctx.homeRegionId = places.home;
  const people = new Map<string, Mention>();
  for (const sc of ctx.sentences) {
    findOperations(ctx, sc);
    findBodies(ctx, sc);
    findKnownEntities(ctx, sc);
    findRegionReferences(ctx, sc);
    findRegionLists(ctx, sc);
    findPositions(ctx, sc);
    findPersons(ctx, sc, people);
    findUnknownCities(ctx, sc);
    sc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    ctx.mainRegion ??= sc.mentions.find((m) => m.label === 'Region');
    ctx.mainAgency ??= sc.mentions.find((m) => m.label === 'Agency' && m.regionId);
  }
  findSpeakers(ctx);
  findFacts(ctx);
  return ctx;
}
