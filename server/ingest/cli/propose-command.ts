import fs from 'node:fs/promises';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { DocumentInputError } from '../input/document-input-error.ts';
import { DEFAULT_EXTRACTOR } from '../extractors.ts';
import { cliActor, withIngestService } from './ingest-database.ts';
import { parseCommandArgs } from './parse-command-args.ts';

const USAGE =
  'usage: npm run ingest -- propose FILE|DIR [--as NAME] [--published YYYY-MM-DD] [--extractor NAME]';
const READABLE = new Set(['.txt', '.text', '.html', '.htm', '.pdf', '.docx']);

/**
 * `npm run ingest -- propose FILE|DIR`: reads and extracts each document and stores its draft for review
 * (the same text again returns its waiting draft). A directory shows a progress bar on stderr; a file that
 * cannot be read is reported and skipped, and the exit code is 1 when any was.
 */
export async function proposeCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('propose', USAGE, args, {
    as: { type: 'string' },
    published: { type: 'string' },
    extractor: { type: 'string', default: DEFAULT_EXTRACTOR },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(`ingest propose: one FILE or DIR expected\n${USAGE}`);
    return 2;
  }
  const target = positionals[0]!;
  let files: string[];
  try {
    const stat = await fs.stat(target);
    files = stat.isDirectory()
      ? (await fs.readdir(target))
          .filter((name) => READABLE.has(path.extname(name).toLowerCase()))
          .sort()
          .map((name) => path.join(target, name))
      : [target];
  } catch (error) {
    console.error(`ingest propose: cannot read ${target}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    return 1;
  }
  if (files.length === 0) {
    console.error(`ingest propose: ${target} holds no .txt, .html, .pdf or .docx file`);
    return 1;
  }
  const actor = cliActor(values.as);
  return withIngestService(
    async (service) => {
      const bar =
        files.length > 1
          ? new SingleBar({
              format: 'propose [{bar}] {value}/{total} {file}',
              noTTYOutput: true,
              notTTYSchedule: 5000,
              stream: process.stderr,
            })
          : null;
      bar?.start(files.length, 0, { file: '' });
      const failed: string[] = [];
      const lines: string[] = [];
      const started = performance.now();
      for (const file of files) {
        try {
          const bytes = await fs.readFile(file);
          const { draft, reused } = await service.propose(
            { bytes, fileName: path.basename(file), publishedAt: values.published ?? null },
            actor,
          );
          lines.push(
            `${draft.id}\t${reused ? 'already waiting' : 'proposed'}\t${draft.entityCount} entities, ${draft.relationshipCount} relationships\t${file}`,
          );
        } catch (error) {
          if (!(error instanceof DocumentInputError)) throw error;
          failed.push(`${error.code}: ${error.message}`);
        }
        bar?.increment(1, { file: path.basename(file) });
      }
      bar?.stop();
      for (const line of lines) console.log(line);
      for (const line of failed) console.error(`ingest propose: skipped ${line}`);
      console.error(
        `ingest propose: ${lines.length} drafts, ${failed.length} skipped, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      return failed.length ? 1 : 0;
    },
    { extractor: values.extractor },
  );
}
