/** The `jilin-poverty-rules` command: dispatches to the commands; usage errors are one line and exit status 2. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { auditCommand } from './audit-command.js';
import { batchCommand } from './batch.js';
import { evalCommand } from './evaluate.js';
import { languageOf, PROCESS_IO, UsageError, type CliIo } from './io.js';
import { explainCommand, rulesCommand } from './rules-command.js';
import { specCommand } from './spec-command.js';

export const USAGE = `Usage: jilin-poverty-rules <command> [options]

  rules [--area A] [--lang zh|en] [--json]       the registered rules: ids, titles, citations
  explain <rule> [--lang zh|en] [--json]         a rule's clause, parameters in force, interpretations, cases
  eval <rule> <input.json|-> [--date D] [--reading k=v]... [--param id=value]... [--regime plan|baseline]
       [--local file.json|$NAME] [--call area.fn] [--lang zh|en] [--json]
                                                 evaluate one input; prints the result and its trace
  batch <rule> <in.jsonl|in.csv> [--out file] [--trace] [same flags as eval]
                                                 one result line per input line
  spec [dir|file...] [--verbose]                 run case files (default: the package's own spec/)
  audit [--json]                                 the budget audit and other source-consistency findings`;

type Options = NonNullable<ParseArgsConfig['options']>;
const LANG: Options = { lang: { type: 'string' } };
const JSON_FLAG: Options = { json: { type: 'boolean' } };
const EVAL: Options = {
  date: { type: 'string' },
  reading: { type: 'string', multiple: true },
  param: { type: 'string', multiple: true },
  regime: { type: 'string' },
  local: { type: 'string' },
  call: { type: 'string' },
};

const COMMAND_OPTIONS: Readonly<Record<string, Options>> = {
  rules: { ...LANG, ...JSON_FLAG, area: { type: 'string' } },
  explain: { ...LANG, ...JSON_FLAG },
  eval: { ...LANG, ...JSON_FLAG, ...EVAL },
  batch: { ...EVAL, out: { type: 'string' }, trace: { type: 'boolean' } },
  spec: { verbose: { type: 'boolean' } },
  audit: { ...JSON_FLAG },
};

function parse(
  command: string,
  args: readonly string[],
): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: COMMAND_OPTIONS[command] ?? {},
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message.split('\n')[0] ?? 'bad arguments'}`);
  }
}

async function dispatch(io: CliIo, command: string, args: readonly string[]): Promise<number> {
  const { values: v, positionals } = parse(command, args);
  const json = v.json === true;
  const lang = (): 'zh' | 'en' => languageOf(v.lang as string | undefined);
  switch (command) {
    case 'rules':
      return rulesCommand(io, v.area as string | undefined, json, lang());
    case 'explain':
      return explainCommand(io, positionals[0], json, lang());
    case 'eval':
      return evalCommand(io, positionals, v);
    case 'batch':
      return batchCommand(io, positionals, v);
    case 'spec':
      return specCommand(io, positionals, v.verbose === true);
    default:
      return auditCommand(io, json);
  }
}

/** Runs the command line; returns the exit status (0 ok, 1 failures found, 2 a usage error). */
export async function main(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  try {
    if (!Object.hasOwn(COMMAND_OPTIONS, command))
      throw new UsageError(`unknown command ${JSON.stringify(command)} (try --help)`);
    return await dispatch(io, command, args);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`jilin-poverty-rules: ${error.message.split('\n')[0] ?? ''}`);
      return 2;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.err(`jilin-poverty-rules: internal error: ${message.split('\n')[0] ?? ''}`);
    return 2;
  }
}
