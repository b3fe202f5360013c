/**
 * Reading claims from JSONL or CSV and writing results as JSONL or CSV, for `npm run batch`. Each input line is
 * one claim; a line that cannot be read becomes an item the schema refuses (its error is written in its place).
 */
import { PolicyInputError } from '../src/core/errors.js';
import { PAYERS, type ReimbursementBatch, type ReimbursementFigures } from '../src/medical/index.js';

export type Format = 'jsonl' | 'csv';

/** The CSV columns of a claim (booleans as true/false; empty for absent). */
export const CLAIM_COLUMNS = [
  'id',
  'date',
  'registeredPoor',
  'specifiedEnrollee',
  'careType',
  'diseaseGroup',
  'level',
  'inCounty',
  'designated',
  'totalCost',
  'inCatalogueCost',
  'rehabilitationItemsCost',
] as const;

/** Splits one CSV line (RFC 4180 quotes). */
export function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

const bool = (v: string | undefined): unknown => (v === 'true' ? true : v === 'false' ? false : v);

/** A claim from a CSV row under its header; an unreadable cell is passed on for the schema to refuse. */
export function claimFromCsv(header: readonly string[], cells: readonly string[]): unknown {
  const at = (name: string): string | undefined => {
    const i = header.indexOf(name);
    const v = i < 0 ? undefined : cells[i];
    return v === '' ? undefined : v;
  };
  const specified = at('specifiedEnrollee');
  const rehab = at('rehabilitationItemsCost');
  const id = at('id');
  return {
    ...(id === undefined ? {} : { id }),
    date: at('date'),
    patient: {
      registeredPoor: bool(at('registeredPoor')),
      ...(specified === undefined ? {} : { specifiedEnrollee: bool(specified) }),
    },
    careType: at('careType'),
    diseaseGroup: at('diseaseGroup'),
    hospital: { level: at('level'), inCounty: bool(at('inCounty')), designated: bool(at('designated')) },
    totalCost: at('totalCost'),
    inCatalogueCost: at('inCatalogueCost'),
    ...(rehab === undefined ? {} : { rehabilitationItemsCost: rehab }),
  };
}

/** A claim from a JSONL line (a line that is not JSON is passed on as the string, which the schema refuses). */
export function claimFromJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return line;
  }
}

/** The CSV columns of a result. */
export const RESULT_COLUMNS = [
  'index',
  'claimId',
  'totalCost',
  ...PAYERS,
  'reimbursed',
  'outOfPocket',
  'depositRequired',
  'error',
] as const;

const csvCell = (v: string): string => (/[",\n]/u.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** One result line: the item's figures, or its error. */
export function resultLine(
  format: Format,
  index: number,
  item: ReimbursementFigures | PolicyInputError,
): string {
  if (item instanceof PolicyInputError) {
    if (format === 'jsonl') {
      return JSON.stringify({
        index,
        error: { ruleId: item.ruleId, message: item.message, issues: item.issues },
      });
    }
    return [String(index), '', '', ...PAYERS.map(() => ''), '', '', '', csvCell(item.message)].join(',');
  }
  if (format === 'jsonl') return JSON.stringify({ index, ...item });
  return [
    String(index),
    csvCell(item.claimId ?? ''),
    item.totalCost.toString(),
    ...PAYERS.map((p) => item.shares[p].toString()),
    item.reimbursed.toString(),
    item.outOfPocket.toString(),
    String(item.depositRequired),
    '',
  ].join(',');
}

/** The result lines of one chunk, in order. */
export function* chunkLines(format: Format, chunk: ReimbursementBatch): Generator<string> {
  for (let i = 0; i < chunk.length; i++) {
    let item: ReimbursementFigures | PolicyInputError;
    try {
      item = chunk.get(i);
    } catch (error) {
      if (!(error instanceof PolicyInputError)) throw error;
      item = error;
    }
    yield resultLine(format, chunk.offset + i, item);
  }
}
