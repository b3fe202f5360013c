/** Finding and reading case files on disk (Node only: the CLI and the repository's scripts). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { parseCaseFile, type LoadedCase } from '../spec/load.js';

const CASE_FILE = /\.(ya?ml|json)$/u;

/** Every case file under `dir` (recursively), sorted; a single file is itself. Schema files are skipped. */
export function findCaseFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory()) return findCaseFiles(full);
      return CASE_FILE.test(entry.name) && !entry.name.endsWith('.schema.json') ? [full] : [];
    });
}

/** A file's path relative to `base` where it lies below it, else as given. */
function shortName(file: string, base: string): string {
  const short = relative(base, file);
  return short === '' || short.startsWith('..') || isAbsolute(short) ? file : short;
}

/** The cases of every case file under the paths, each named by its path relative to `base`. */
export function loadCaseFiles(paths: readonly string[], base = process.cwd()): LoadedCase[] {
  return paths.flatMap((p) =>
    findCaseFiles(p).flatMap((file) => parseCaseFile(shortName(file, base), readFileSync(file, 'utf8'))),
  );
}
