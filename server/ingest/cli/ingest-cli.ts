// `npm run ingest -- <command> …`: extract (prints a draft, writes nothing), propose (stores drafts for
// review), commit (an editor commits a reviewed draft). Each command lives in its own module.
import { extractCommand } from './extract-command.ts';
import { proposeCommand } from './propose-command.ts';
import { commitCommand } from './commit-command.ts';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  extract: extractCommand,
  propose: proposeCommand,
  commit: commitCommand,
};

const USAGE = `Usage: npm run ingest -- <command> [options]
  extract FILE [--published YYYY-MM-DD] [--title T] [--json]   print the proposed facts; writes nothing
  propose FILE|DIR [--as NAME] [--published YYYY-MM-DD]         store drafts for review (progress bar for a DIR)
  commit DRAFT_ID --as NAME [--accept-all]                      commit a reviewed draft in one transaction`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(name && name !== '--help' ? `Unknown command "${name}".\n${USAGE}` : USAGE);
    return name && name !== '--help' ? 2 : 0;
  }
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
