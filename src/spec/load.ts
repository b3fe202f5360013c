/** Reading case files from text (YAML or JSON): errors name the file, the case and the field. */
import { parse } from 'yaml';
import type * as z from 'zod';
import { caseFileSchema, specCaseSchema, type SpecCase } from './schema.js';

/** A case with the file it came from and its position there (1-based). */
export interface LoadedCase {
  readonly file: string;
  readonly index: number;
  readonly spec: SpecCase;
}

/** A case file that cannot be read: the message names the file, the case and the field. */
export class CaseFileError extends Error {
  override readonly name = 'CaseFileError';
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.file = file;
  }
}

function caseLabel(raw: unknown, index: number): string {
  // A case may be anything, null included (`- ~`): it is then named by its number alone.
  const fields = raw as { name?: unknown; case?: unknown } | null;
  const name = fields?.name ?? fields?.case;
  const text =
    typeof name === 'string'
      ? name
      : typeof (name as { en?: unknown } | undefined)?.en === 'string'
        ? (name as { en: string }).en
        : '';
  return `case ${index + 1}${text === '' ? '' : ` (${JSON.stringify(text)})`}`;
}

function parseText(file: string, text: string): unknown {
  try {
    return file.endsWith('.json') ? (JSON.parse(text) as unknown) : (parse(text) as unknown);
  } catch (error) {
    // Both parsers throw a SyntaxError (YAML's spans lines: its first line names the place).
    const message = (error as Error).message.split('\n')[0];
    throw new CaseFileError(file, `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${message}`);
  }
}

/** The first issue of a failed parse (zod names at least one) as `path: message`, or the message alone. */
function firstIssue(error: z.ZodError): string {
  return error.issues
    .slice(0, 1)
    .map((issue) => (issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`))
    .join('');
}

/** The cases of one file's text; a file that is not a valid case file is a {@link CaseFileError}. */
export function parseCaseFile(file: string, text: string): LoadedCase[] {
  const data = parseText(file, text);
  const list: unknown = Array.isArray(data) ? data : (data as { cases?: unknown } | null)?.cases;
  if (!Array.isArray(list)) throw new CaseFileError(file, 'must be a list of cases (or { cases: [...] })');
  const file_ = caseFileSchema.safeParse(data);
  if (file_.success) {
    const cases = Array.isArray(file_.data) ? file_.data : file_.data.cases;
    return cases.map((spec, index) => ({ file, index: index + 1, spec }));
  }
  for (const [index, raw] of list.entries()) {
    if (raw !== null && typeof raw === 'object' && 'case' in raw && 'args' in raw) {
      throw new CaseFileError(
        file,
        `${caseLabel(raw, index)}: the old format (case, args); convert it with scripts/convert-spec-cases.ts`,
      );
    }
    const one = specCaseSchema.safeParse(raw);
    if (!one.success) throw new CaseFileError(file, `${caseLabel(raw, index)}: ${firstIssue(one.error)}`);
  }
  // Every case is valid, the file around them is not (an unknown key beside `cases`, a `$schema` not a string).
  throw new CaseFileError(file, firstIssue(file_.error));
}
