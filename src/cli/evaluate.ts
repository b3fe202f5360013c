/** `eval`: one input through a rule's function, printed with its trace. Shared set-up for `batch`. */
import { readFileSync } from 'node:fs';
import * as lib from '../index.js';
import { argumentsFor, callOf, resolveCall, resolveConstant, UnknownCallError } from '../spec/run.js';
import { languageOf, pairs, UsageError, type CliIo } from './io.js';
import { ruleNamed } from './rules-command.js';

/** The flags `eval` and `batch` share. */
export interface EvalFlags {
  readonly call?: string | undefined;
  readonly local?: string | undefined;
  readonly date?: string | undefined;
  readonly reading?: string[] | undefined;
  readonly param?: string[] | undefined;
  readonly regime?: string | undefined;
}

/** A prepared evaluation: call `run(input)` for each input. */
export interface Evaluator {
  readonly call: string;
  readonly run: (input: unknown) => unknown;
}

/** Reads a JSON file (or stdin for `-`); bad JSON or a missing file is a usage error naming it. */
export function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${path === '-' ? 'stdin' : path}: invalid JSON (${(error as Error).message})`);
  }
}

function localOf(call: string, local: string | undefined): unknown {
  if (local === undefined) return undefined;
  if (local.startsWith('$')) {
    try {
      return resolveConstant(local, call);
    } catch {
      throw new UsageError(`--local ${local}: not an exported constant`);
    }
  }
  return readJson(local);
}

function optionsOf(flags: EvalFlags): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  if (flags.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(flags.date))
      throw new UsageError(`--date ${flags.date}: expected YYYY-MM-DD`);
    options.date = flags.date;
  }
  if (flags.reading !== undefined) options.readings = pairs('reading', flags.reading);
  if (flags.param !== undefined) options.overrides = pairs('param', flags.param);
  if (flags.regime !== undefined) {
    if (flags.regime !== 'plan' && flags.regime !== 'baseline') {
      throw new UsageError(`--regime ${flags.regime}: expected plan or baseline`);
    }
    options.regime = flags.regime;
  }
  return options;
}

/** Prepares the evaluation of a rule (its default function, or `--call`) with the flags' local figures and options. */
export function prepare(ruleId: string | undefined, flags: EvalFlags): Evaluator {
  if (ruleId === undefined) throw new UsageError('name a rule (jilin-poverty-rules rules lists them)');
  const rule = ruleNamed(ruleId);
  let call: string;
  let fn: (...args: unknown[]) => unknown;
  try {
    call = callOf(rule.id, flags.call);
    fn = resolveCall(call);
  } catch (error) {
    if (error instanceof UnknownCallError) throw new UsageError(error.message);
    throw error;
  }
  const local = localOf(call, flags.local);
  const options = optionsOf(flags);
  return {
    call,
    run:
      compiled(call, local, options) ??
      ((input) => fn(...argumentsFor(call, input, local, options, fn.length))),
  };
}

/**
 * The batch path where a rule has one (issue 10): the locality's figures and the options validated once, every
 * input then evaluated by the compiled scheme (the same result as the plain call, trace included).
 */
function compiled(
  call: string,
  local: unknown,
  options: Record<string, unknown>,
): ((input: unknown) => unknown) | undefined {
  if (local === undefined) return undefined;
  if (call !== 'medical.reimburse') return undefined;
  try {
    const scheme = lib.medical.compileScheme(local as lib.medical.MedicalSchemeProfileInput, options);
    return (input) => scheme.reimburse(input as lib.medical.ClaimInput);
  } catch (error) {
    // A bad profile or bad options: one line naming the field, before any input is read.
    if (error instanceof lib.PolicyInputError) throw new UsageError(`--local or options: ${error.message}`);
    throw error;
  }
}

const ENVELOPE = new Set(['ruleId', 'date', 'regime', 'citations', 'readings', 'params', 'trace']);

/** A result's own figures (without the evaluation envelope), as JSON shows them. */
export function figuresOf(result: unknown): unknown {
  const plain = JSON.parse(JSON.stringify(result ?? null)) as unknown;
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) return plain;
  return Object.fromEntries(Object.entries(plain).filter(([k]) => !ENVELOPE.has(k)));
}

/** One trace step as a line; tolerant of a step that is not yet on the 0.2 trace shape. */
function stepLine(step: unknown, index: number, lang: 'zh' | 'en'): string {
  const s = step as Partial<lib.TraceStep> & {
    text?: Partial<lib.BilingualText> | string;
    step?: unknown;
    formula?: unknown;
    result?: unknown;
  };
  const old =
    typeof s.step === 'string'
      ? `${s.step}: ${String(s.formula)} = ${String(s.result)}`
      : JSON.stringify(step);
  const text = typeof s.text === 'string' ? s.text : (s.text?.[lang] ?? s.text?.en ?? old);
  const amount = s.amount === null || s.amount === undefined ? '' : ` → ${String(s.amount)}`;
  const citations: readonly lib.Citation[] = Array.isArray(s.citations) ? s.citations : [];
  const citation = citations[0];
  const where = citation === undefined ? '' : ` [${lib.formatCitation(citation, lang)}]`;
  return `  ${index + 1}. ${text}${amount}${where}`;
}

/** The trace of a result as lines under a heading; a step not on the 0.2 shape is shown as best it can be. */
export function traceLines(result: unknown, lang: 'zh' | 'en'): string[] {
  const trace = (result as { trace?: unknown } | null)?.trace;
  if (!Array.isArray(trace)) return [];
  return ['', lang === 'zh' ? '计算过程:' : 'Trace:', ...trace.map((s: unknown, i) => stepLine(s, i, lang))];
}

/** A refusal as one line: the rule, the field and why. */
export function refusalLine(error: lib.PolicyInputError): string {
  return error.message;
}

/** `eval <rule> <input.json|-> [flags] [--lang] [--json]`. */
export function evalCommand(
  io: CliIo,
  positionals: readonly string[],
  flags: EvalFlags & { lang?: string | undefined; json?: boolean | undefined },
): number {
  const [ruleId, file] = positionals;
  const lang = languageOf(flags.lang);
  const evaluator = prepare(ruleId, flags);
  if (file === undefined) throw new UsageError('eval: name an input file (or - for stdin)');
  const input = readJson(file);
  let result: unknown;
  try {
    result = evaluator.run(input);
  } catch (error) {
    if (error instanceof lib.PolicyInputError) throw new UsageError(refusalLine(error));
    throw error;
  }
  if (flags.json === true) {
    io.out(JSON.stringify(result));
    return 0;
  }
  const figures = figuresOf(result);
  if (figures === null || typeof figures !== 'object' || Array.isArray(figures))
    io.out(JSON.stringify(figures));
  else
    for (const [k, v] of Object.entries(figures))
      io.out(`${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  for (const line of traceLines(result, lang)) io.out(line);
  return 0;
}
