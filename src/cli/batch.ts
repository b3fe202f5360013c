/**
 * `batch <rule> <in.jsonl|in.csv> [--out file]`: a simple streaming loop, one result line per input line;
 * a line the rule refuses (or that does not parse) is reported with its line number and the error.
 */
import { createReadStream, createWriteStream, existsSync, statSync, type WriteStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import * as lib from '../index.js';
import { figuresOf, prepare, type EvalFlags, type Evaluator } from './evaluate.js';
import { UsageError, type CliIo } from './io.js';

/** A line that is not a valid CSV record. */
export class LineError extends Error {
  override readonly name = 'LineError';
}

/** The fields of one CSV line (RFC 4180 quotes; no line breaks inside a field). */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  // Stryker disable next-line EqualityOperator: charAt past the end is '', which adds nothing to the last field
  for (let i = 0; i < line.length; i += 1) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) throw new LineError('unterminated quoted field');
  fields.push(field);
  return fields;
}

/** A CSV cell as an input value: true/false, whole numbers as numbers, everything else (amounts) as text. */
function cellValue(cell: string): unknown {
  if (cell === 'true' || cell === 'false') return cell === 'true';
  if (/^-?\d{1,15}$/u.test(cell)) return Number(cell);
  return cell;
}

/** A CSV row as an input object; a header `hospital.level` makes a nested field; empty cells are left out. */
export function csvRecord(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  if (cells.length !== header.length)
    throw new LineError(`${cells.length} fields, the header has ${header.length}`);
  const record: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const cell = cells[i] ?? '';
    if (cell === '') return;
    const keys = name.split('.');
    let target = record;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys[keys.length - 1] ?? name] = cellValue(cell);
  });
  return record;
}

interface Progress {
  readonly total: number;
  done: number;
  shown: number;
}

function drawProgress(io: CliIo, p: Progress, final = false): void {
  const ratio = p.total === 0 ? 1 : Math.min(1, p.done / p.total);
  const percent = Math.floor(ratio * 100);
  if (!final && percent === p.shown) return;
  p.shown = percent;
  const width = 30;
  const filled = Math.round(ratio * width);
  io.errRaw(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}%${final ? '\n' : ''}`);
}

function evaluateLine(evaluator: Evaluator, line: string, header: readonly string[] | undefined): unknown {
  const input = header === undefined ? (JSON.parse(line) as unknown) : csvRecord(header, csvFields(line));
  return evaluator.run(input);
}

/** A line error's text: a refusal's or a LineError's message; a SyntaxError is named as the line's JSON. */
function errorText(error: unknown): string {
  if (error instanceof SyntaxError) return `invalid JSON (${error.message})`;
  return error instanceof Error ? error.message : String(error);
}

/** `batch`: returns 0 when every line was evaluated, 1 when some line was refused. */
export async function batchCommand(
  io: CliIo,
  positionals: readonly string[],
  flags: EvalFlags & { out?: string | undefined; trace?: boolean | undefined },
): Promise<number> {
  const [ruleId, file] = positionals;
  const evaluator = prepare(ruleId, flags);
  if (file === undefined) throw new UsageError('batch: name an input file (.jsonl or .csv)');
  if (!/\.(jsonl|ndjson|csv)$/u.test(file)) throw new UsageError(`${file}: expected a .jsonl or .csv file`);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`${file}: cannot read`);
  }
  if (flags.out !== undefined && !existsSync(dirname(resolve(flags.out)))) {
    throw new UsageError(`--out ${flags.out}: no such folder`);
  }
  const out: WriteStream | undefined = flags.out === undefined ? undefined : createWriteStream(flags.out);
  const write = (text: string): void => {
    if (out === undefined) io.out(text);
    else out.write(`${text}\n`);
  };
  const progress: Progress | undefined = io.errIsTTY ? { total: size, done: 0, shown: -1 } : undefined;
  const csv = file.endsWith('.csv');
  let header: string[] | undefined;
  let lineNumber = 0;
  let failed = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    lineNumber += 1;
    if (progress !== undefined) {
      progress.done += Buffer.byteLength(line) + 1;
      drawProgress(io, progress);
    }
    if (line.trim() === '') continue;
    if (csv && header === undefined) {
      header = csvFields(line);
      continue;
    }
    try {
      const result = evaluateLine(evaluator, line, header);
      write(JSON.stringify({ line: lineNumber, result: flags.trace === true ? result : figuresOf(result) }));
    } catch (error) {
      const lineError =
        error instanceof lib.PolicyInputError || error instanceof SyntaxError || error instanceof LineError;
      if (!lineError) throw error;
      failed += 1;
      write(JSON.stringify({ line: lineNumber, error: errorText(error) }));
      io.err(`${file}:${lineNumber}: ${errorText(error)}`);
    }
  }
  if (progress !== undefined) drawProgress(io, progress, true);
  if (out !== undefined) await new Promise<void>((resolve) => out.end(resolve));
  return failed > 0 ? 1 : 0;
}
