/** `spec [dir...]`: runs case files without vitest; failures with expected vs actual, then `N passed, N failed`. */
import { existsSync } from 'node:fs';
import { CaseFileError, type LoadedCase } from '../spec/load.js';
import { runCase } from '../spec/run.js';
import { caseNames } from '../spec/schema.js';
import { findCaseFiles, loadCaseFiles } from './files.js';
import { PACKAGE_SPEC_DIR, UsageError, type CliIo } from './io.js';

function title(c: LoadedCase): string {
  const { en, zh } = caseNames(c.spec);
  return `${c.file} case ${c.index}: ${en}${zh === undefined ? '' : ` / ${zh}`} [${c.spec.rule}]`;
}

/** What went wrong with a case, one message a line; an error other than a refusal (an unknown call) is one. */
function failuresOf(c: LoadedCase): readonly string[] {
  try {
    return runCase(c.spec).failures.map((f) => f.message);
  } catch (error) {
    return [error instanceof Error ? `${error.name}: ${error.message}` : String(error)];
  }
}

/** `spec [dir...] [--verbose]`: 0 when every case passes, 1 otherwise. */
export function specCommand(io: CliIo, paths: readonly string[], verbose: boolean): number {
  const roots = paths.length > 0 ? paths : [PACKAGE_SPEC_DIR];
  for (const p of roots) if (!existsSync(p)) throw new UsageError(`${p}: no such file or folder`);
  let passed = 0;
  let failed = 0;
  for (const file of roots.flatMap((p) => findCaseFiles(p))) {
    let cases: LoadedCase[];
    try {
      cases = loadCaseFiles([file]);
    } catch (error) {
      // Stryker disable next-line ConditionalExpression: findCaseFiles has just listed the file, so reading it fails only as a CaseFileError
      if (!(error instanceof CaseFileError)) throw error;
      failed += 1;
      io.out(`ERROR ${error.message}`);
      continue;
    }
    for (const c of cases) {
      const failures = failuresOf(c);
      if (failures.length === 0) {
        passed += 1;
        if (verbose) io.out(`ok   ${title(c)}`);
        continue;
      }
      failed += 1;
      io.out(`FAIL ${title(c)}`);
      for (const message of failures) io.out(`     ${message}`);
    }
  }
  io.out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
