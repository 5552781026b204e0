import { cliActor, withIngestService } from './ingest-database.ts';
import { parseCommandArgs } from './parse-command-args.ts';

const USAGE = 'usage: npm run ingest -- commit DRAFT_ID --as NAME [--accept-all]';

/**
 * `npm run ingest -- commit DRAFT_ID --as NAME [--accept-all]`: commits a reviewed draft in one transaction
 * (an editor's step: the CLI runs with the database's own credentials, and `--as` names the reviewer the
 * evidence and the audit record carry). Without --accept-all every proposal must have been decided.
 */
export async function commitCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('commit', USAGE, args, {
    as: { type: 'string' },
    'accept-all': { type: 'boolean', default: false },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.as) {
    console.error(
      `ingest commit: ${values.as ? 'one DRAFT_ID expected' : '--as NAME (the reviewer) is required'}\n${USAGE}`,
    );
    return 2;
  }
  return withIngestService(async (service) => {
    const started = performance.now();
    try {
      const result = await service.commit(positionals[0]!, cliActor(values.as), {
        acceptPending: values['accept-all'],
      });
      console.log(
        `${result.draftId} committed as ${result.sourceId}${result.sourceCreated ? '' : ' (existing source)'}: ` +
          `${result.nodesCreated.length} new nodes, ${result.nodesLinked.length} linked, ${result.mentions} mentions, ` +
          `${result.factsCreated.length} new facts, ${result.factsExtended.length} with new evidence ` +
          `in ${Math.round(performance.now() - started)} ms`,
      );
      return 0;
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (!code || code === 'INTERNAL_SERVER_ERROR') throw error;
      console.error(`ingest commit: ${code}: ${(error as Error).message}; nothing was written`);
      return 1;
    }
  });
}
