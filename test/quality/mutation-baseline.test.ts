/**
 * The committed mutation baseline (issue 15: "a mutation score that holds across all of src/"):
 * docs/mutation/baseline.json records, for every file of src/ that mutation testing covers, the score Stryker
 * measured on the file's text (by SHA-256; `npm run mutation:baseline`). `npm run mutation:ci` (in .ci/run)
 * re-tests the files whose text changed since; this test keeps the record complete and above the floor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/source.js';

interface Entry {
  readonly sha256: string;
  readonly score: number | null;
  readonly tested: number;
  readonly equivalent: readonly {
    readonly line: number;
    readonly mutator: string;
    readonly reason: string;
  }[];
}

const FLOOR = 90;

const baseline = JSON.parse(readFileSync(join(REPO_ROOT, 'docs/mutation/baseline.json'), 'utf8')) as {
  readonly files: Readonly<Record<string, Entry | null>>;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : [relative(REPO_ROOT, join(dir, d.name))],
  );
}

const MUTATED = sourceFiles(join(REPO_ROOT, 'src'))
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('/index.ts'))
  .sort();

const gaps = Object.entries(baseline.files)
  .filter(([, e]) => e === null || (e.score !== null && e.score < FLOOR))
  .map(([f]) => f)
  .sort();

describe('docs/mutation/baseline.json', () => {
  it('records every file of src/ that is mutated (re-export indexes left out), and no other', () => {
    expect(Object.keys(baseline.files).sort()).toEqual(MUTATED);
  });

  it(`every file is measured and scores at least ${String(FLOOR)} % (no exceptions)`, () => {
    expect(gaps).toEqual([]);
  });

  it('every equivalent mutant disabled in the source gives its reason', () => {
    const bare = Object.entries(baseline.files).flatMap(([f, e]) =>
      (e?.equivalent ?? []).filter((q) => q.reason.trim().length < 20).map((q) => `${f}:${String(q.line)}`),
    );
    expect(bare).toEqual([]);
  });

  it('the scores add up: killed + survived + no coverage = tested, and the score is killed ÷ tested', () => {
    for (const [file, e] of Object.entries(baseline.files)) {
      if (e?.score === null || e === null) continue;
      const full = e as Entry & { killed: number; timeout: number; survived: number; noCoverage: number };
      expect(full.killed + full.timeout + full.survived + full.noCoverage, file).toBe(e.tested);
      expect(e.score, file).toBeCloseTo((100 * (full.killed + full.timeout)) / e.tested, 2);
    }
  });
});
