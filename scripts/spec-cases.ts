/** Reads the policy team's spec cases (spec/<area>/*.yaml); shared by the spec test and the rules catalogue. */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCaseFiles } from '../src/cli/files.js';
import type { LoadedCase } from '../src/spec/load.js';
import { caseNames } from '../src/spec/schema.js';

export const SPEC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'spec');

/** The area folders of spec/ (the old flat spec/*.yaml files are not read: convert them first). */
export function specFolders(dir = SPEC_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(dir, e.name))
    .sort();
}

/** A case's one-line title: English, then Chinese where it has one. */
export function caseTitle(c: LoadedCase): string {
  const { en, zh } = caseNames(c.spec);
  return zh === undefined ? en : `${en} / ${zh}`;
}

/** Every case of every area folder, in file order; `file` relative to spec/. */
export function loadSpecCases(dir = SPEC_DIR): (LoadedCase & { readonly title: string })[] {
  return loadCaseFiles(specFolders(dir), dir).map((c) => ({ ...c, title: caseTitle(c) }));
}
