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

/**
 * Files allowed below the floor or not yet measured, each with the reason. The list may only shrink: a file
 * listed here that reaches the floor fails the test until it is taken off.
 */
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'src/core/bounds.ts':
    'not measured yet: a run of core with its Money property suites did not finish on two shared cores in the session',
  'src/core/citation.ts':
    "measured 81.44 % against test/core and the core quality tests only (a lower bound: the areas' tests exercise core through every rule but were left out to fit the run)",
  'src/core/dates.ts':
    "measured 76.67 % against test/core and the core quality tests only (a lower bound: the areas' tests exercise core through every rule but were left out to fit the run)",
  'src/core/decimal.ts':
    'not measured yet: a run of core with its Money property suites did not finish on two shared cores in the session',
  'src/core/errors.ts':
    'not measured yet: a run of core with its Money property suites did not finish on two shared cores in the session',
  'src/core/evaluation.ts':
    "measured 71.62 % against test/core and the core quality tests only (a lower bound: the areas' tests exercise core through every rule but were left out to fit the run)",
  'src/core/freeze.ts':
    'not measured yet: a run of core with its Money property suites did not finish on two shared cores in the session',
  'src/core/money.ts':
    'not measured yet: a run of core with its Money property suites did not finish on two shared cores in the session',
  'src/core/outline-pages.ts':
    "measured 73.33 % against test/core and the core quality tests only (a lower bound: the areas' tests exercise core through every rule but were left out to fit the run)",
  'src/core/outline.ts':
    'not measured yet: a run of core with its Money property suites did not finish on two shared cores in the session',
  'src/core/param.ts':
    "measured 61.14 % against test/core and the core quality tests only (a lower bound: the areas' tests exercise core through every rule but were left out to fit the run)",
  'src/core/period.ts':
    'not measured yet: a run of core with its Money property suites did not finish on two shared cores in the session',
  'src/core/rate.ts':
    "measured 83.64 % against test/core and the core quality tests only (a lower bound: the areas' tests exercise core through every rule but were left out to fit the run)",
  'src/core/readings.ts':
    "measured 72.88 % against test/core and the core quality tests only (a lower bound: the areas' tests exercise core through every rule but were left out to fit the run)",
  'src/core/reform.ts':
    'not measured yet: a run of core with its Money property suites did not finish on two shared cores in the session',
  'src/core/registry.ts':
    "measured 77.01 % against test/core and the core quality tests only (a lower bound: the areas' tests exercise core through every rule but were left out to fit the run)",
  'src/core/schemas.ts':
    "measured 77.78 % against test/core and the core quality tests only (a lower bound: the areas' tests exercise core through every rule but were left out to fit the run)",
  'src/core/suggest.ts':
    'not measured yet: a run of core with its Money property suites did not finish on two shared cores in the session',
  'src/core/zod-english.ts':
    "measured 87.13 % against test/core and the core quality tests only (a lower bound: the areas' tests exercise core through every rule but were left out to fit the run)",
  'src/dibao/batch.ts': 'measured 70.63 %: survivors not yet killed',
  'src/medical/batch/workers.ts': 'measured 89.06 %: survivors not yet killed',
  'src/medical/params.ts': 'measured 0 %: survivors not yet killed',
  'src/rules.ts':
    "measured 26.19 % against test/core and the core quality tests only (a lower bound: the areas' tests exercise core through every rule but were left out to fit the run)",
};

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

  it(`every file is measured and scores at least ${String(FLOOR)} %, but for the named gaps (a list that only shrinks)`, () => {
    expect(gaps).toEqual(Object.keys(KNOWN_GAPS).sort());
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
