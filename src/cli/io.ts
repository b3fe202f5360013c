/** What the CLI writes to and reads from, so tests can run it in-process as well as in a child process. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether stderr is a terminal (a progress bar only then). */
  readonly errIsTTY: boolean;
  /** Writes without a newline (the progress bar). */
  readonly errRaw: (text: string) => void;
}

/** The process's own streams. */
export const PROCESS_IO: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  errRaw: (text) => process.stderr.write(text),
  errIsTTY: process.stderr.isTTY,
};

/** A problem with how the CLI was called (bad flag, unknown rule, unreadable file): one line, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The spec/ folder shipped with the package (dist/cli/ → ../../spec; src/cli/ → ../../spec). */
export const PACKAGE_SPEC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'spec');

/** `k=v` pairs from repeated flags into an object; a pair without `=` is a usage error. */
export function pairs(flag: string, values: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const at = v.indexOf('=');
    if (at <= 0) throw new UsageError(`--${flag} ${v}: expected key=value`);
    out[v.slice(0, at)] = v.slice(at + 1);
  }
  return out;
}

/** The language of text output. */
export function languageOf(value: string | undefined): 'zh' | 'en' {
  if (value === undefined || value === 'en' || value === 'zh') return value ?? 'en';
  throw new UsageError(`--lang ${value}: expected zh or en`);
}
