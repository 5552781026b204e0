// `npm run eval:extract -- [--gold DIR|seed]… [--extractor NAME | --drafts DIR] [--json] [--misses]`
// Scores an extractor's drafts against hand-annotated gold documents (docs/ingestion.md, "Evaluation").
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_EXTRACTOR, EXTRACTORS } from '../server/ingest/extractors.ts';
import { formatReport } from '../server/ingest/eval/format-eval-report.ts';
import { GoldSetError } from '../server/ingest/eval/read-gold.ts';
import { runEvaluation } from '../server/ingest/eval/run-eval.ts';
import { SEED_GOLD } from '../server/ingest/eval/seed-gold.ts';
import { summarise } from '../server/ingest/eval/summarise-eval.ts';

const DEFAULT_GOLD = [path.join('test', 'fixtures', 'ingest'), SEED_GOLD];

const USAGE = `Usage: npm run eval:extract -- [options]
  --gold DIR        a folder of *.gold.json files with their documents; repeatable; "seed" is the seed
                    article (default: ${DEFAULT_GOLD.join(' and ')})
  --extractor NAME  the extractor to run (default: ${DEFAULT_EXTRACTOR}; known: ${Object.keys(EXTRACTORS).join(', ')})
  --drafts DIR      score the draft JSON files in DIR instead of running an extractor
  --json            print the scores as JSON (per document and totals)
  --misses          list, per document, the gold facts missed, the extra proposals and the wrong figures`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        gold: { type: 'string', multiple: true },
        extractor: { type: 'string' },
        drafts: { type: 'string' },
        json: { type: 'boolean', default: false },
        misses: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.extractor && values.drafts) {
    console.error(`Give --extractor or --drafts, not both.\n${USAGE}`);
    return 2;
  }
  try {
    const result = await runEvaluation({
      gold: values.gold ?? DEFAULT_GOLD,
      extractor: values.extractor,
      drafts: values.drafts,
    });
    const summary = summarise(result);
    const report = values.json
      ? JSON.stringify({ ...result, summary }, null, 2)
      : formatReport(result, summary, values.misses);
    // A pipe takes stdout asynchronously: exiting before the write lands would cut a long report short.
    await new Promise<void>((done) => process.stdout.write(`${report}\n`, () => done()));
    return 0;
  } catch (error) {
    console.error(error instanceof GoldSetError || error instanceof Error ? error.message : error);
    return 1;
  }
}

process.exit(await main());
