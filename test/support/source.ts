import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root (two levels above this file). */
export const REPO_ROOT = resolve(here, '..', '..');

/**
 * Where the plan's text is: `$JILIN_PLAN_SOURCE`, or `../shared/source/…` beside the repository
 * (as on the project's machines and in CI).
 */
export const SOURCE_PATH =
  process.env.JILIN_PLAN_SOURCE ??
  resolve(REPO_ROOT, '..', 'shared', 'source', 'jilin-poverty-plan-2016-2020.zh.txt');

/** The plan's full text, or undefined where the file is absent (a clone elsewhere). */
export const SOURCE_TEXT: string | undefined = existsSync(SOURCE_PATH)
  ? readFileSync(SOURCE_PATH, 'utf8')
  : undefined;
