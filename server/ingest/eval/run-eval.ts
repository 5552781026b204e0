import path from 'node:path';
import type { Draft, Extractor, GazetteerEntry } from '../draft.ts';
import { createExtractor } from '../extractors.ts';
import type { GoldCase } from './gold-case.ts';
import { readDrafts } from './read-drafts.ts';
import { readGoldDir } from './read-gold.ts';
import { readSeedGazetteer, type GazetteerMode } from './seed-gazetteer.ts';
import { readSeedGold, SEED_GOLD } from './seed-gold.ts';
import { scoreDocument, type DocumentScore } from './score-document.ts';

export interface EvalOptions {
  /** Gold folders, and/or "seed" for the seed article. */
  gold: string[];
  /** Run this registered extractor on every gold document… */
  extractor?: string;
  /** …or score the draft JSON files in this folder instead. */
  drafts?: string;
}

export interface EvalResult {
  scoredWith: string;
  gold: { source: string; documents: number }[];
  documents: (DocumentScore & { ms: number | null; missingDraft: boolean })[];
  /** Draft files that match no gold document. */
  unmatchedDrafts: string[];
}

/** Reads the gold sets (every problem reported before anything is scored). */
export async function readGoldSets(
  sources: readonly string[],
): Promise<{ source: string; cases: GoldCase[] }[]> {
  const sets = [];
  for (const source of sources) {
    sets.push({ source, cases: source === SEED_GOLD ? [await readSeedGold()] : await readGoldDir(source) });
  }
  return sets;
}

function emptyDraft(goldCase: GoldCase): Draft {
  const { text, sha256 } = goldCase.document;
  return {
    source: { title: null, language: 'ru', publishedAt: null, sha256, text },
    entities: [],
    relationships: [],
    extractor: { name: 'none', version: '0' },
  };
}

/**
 * Scores an extractor (or stored drafts) against the gold sets. An extractor sees each document as the
 * ingestion would give it (stored text, title, publishedAt, publisher, url) and the gazetteer the gold
 * names; it is warmed up on the first document once, then each document is timed. A gold document without
 * a stored draft is scored as an empty draft and flagged, so a missing file cannot raise the scores.
 */
export async function runEvaluation(options: EvalOptions): Promise<EvalResult> {
  const sets = await readGoldSets(options.gold);
  const cases = sets.flatMap((set) => set.cases);
  const result: EvalResult = {
    scoredWith: '',
    gold: sets.map((set) => ({ source: set.source, documents: set.cases.length })),
    documents: [],
    unmatchedDrafts: [],
  };
  if (options.drafts) {
    const drafts = await readDrafts(options.drafts);
    result.scoredWith = `drafts in ${options.drafts}`;
    for (const goldCase of cases) {
      const found = drafts.get(goldCase.document.sha256);
      drafts.delete(goldCase.document.sha256);
      const score = scoreDocument(goldCase, found?.draft ?? emptyDraft(goldCase));
      result.documents.push({ ...score, ms: null, missingDraft: !found });
    }
    result.unmatchedDrafts = [...drafts.values()].map((d) => path.relative(process.cwd(), d.file));
    return result;
  }
  const extractor = await createExtractor(options.extractor);
  result.scoredWith = `extractor ${extractor.name} ${extractor.version}`;
  const gazetteers = new Map<GazetteerMode, GazetteerEntry[]>();
  const gazetteerOf = async (mode: GazetteerMode) => {
    if (!gazetteers.has(mode)) gazetteers.set(mode, await readSeedGazetteer(mode));
    return gazetteers.get(mode)!;
  };
  if (cases[0]) await extract(extractor, cases[0], await gazetteerOf(cases[0].gold.gazetteer));
  for (const goldCase of cases) {
    const gazetteer = await gazetteerOf(goldCase.gold.gazetteer);
    const started = performance.now();
    const draft = await extract(extractor, goldCase, gazetteer);
    const ms = performance.now() - started;
    result.documents.push({ ...scoreDocument(goldCase, draft), ms, missingDraft: false });
  }
  return result;
}

function extract(extractor: Extractor, goldCase: GoldCase, gazetteer: GazetteerEntry[]): Promise<Draft> {
  const { text, title, publishedAt, publisher, url } = goldCase.document;
  return extractor.extract({ text, title, publishedAt, publisher, url, gazetteer });
}
