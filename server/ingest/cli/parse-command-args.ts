import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', default: false } } as const;

/**
 * The argument handling every `npm run ingest -- <command>` shares: strict options plus `--help`, positionals
 * allowed. Returns the parsed values, or the exit code when there is nothing more to do: 0 after printing the
 * usage for `--help`, 2 after naming a bad option together with the usage.
 */
export function parseCommandArgs<O extends Options>(
  command: string,
  usage: string,
  args: string[],
  options: O,
) {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { ...options, ...HELP } });
  } catch (error) {
    console.error(`ingest ${command}: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}
