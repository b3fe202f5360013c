/** Reading case files from text (YAML or JSON): errors name the file, the case and the field. */
import { parse } from 'yaml';
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
  const name = (raw as { name?: unknown; case?: unknown } | null)?.name ?? (raw as { case?: unknown }).case;
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
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CaseFileError(file, `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${message}`);
  }
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
    if (!one.success) {
      const issue = one.error.issues[0];
      const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
      throw new CaseFileError(file, `${caseLabel(raw, index)}: ${where}${issue?.message ?? 'invalid'}`);
    }
  }
  const issue = file_.error.issues[0];
  throw new CaseFileError(file, `${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim());
}
