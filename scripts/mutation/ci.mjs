#!/usr/bin/env node
// npm run mutation:ci (run by .ci/run): mutation testing, incrementally. docs/mutation/baseline.json holds each
// src/ file's score as measured on a text whose SHA-256 it records. Files whose text differs now (or that are
// new) are mutation-tested again, area by area against their tests (scripts/mutation/run.mjs); the run fails if
// one of them scores below 90 %. Unchanged files keep their recorded score (a change to a test can only kill
// more mutants, unless it removes a test: re-run `npm run mutation` after removing tests).
import { readFileSync } from 'node:fs';
import { BASELINE, countMutants, mutatedFiles, sha256 } from './baseline.mjs';
import { plan, runArea } from './run.mjs';

export const FLOOR = 90;

/**
 * The files to test again: new files, and files whose text differs from the one measured. A file the baseline
 * records as not measured (null) is left to `npm run mutation` (it is listed, not run: it may not fit in CI).
 */
export function changedFiles(baseline, files = mutatedFiles(), read = (f) => readFileSync(f, 'utf8')) {
  return files.filter((f) => baseline.files[f] !== null && baseline.files[f]?.sha256 !== sha256(read(f)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));
  const changed = changedFiles(baseline);
  const recorded = Object.values(baseline.files).filter((e) => e !== null);
  const low = Object.entries(baseline.files).filter(([, e]) => e?.score != null && e.score < FLOOR);
  console.log(
    `mutation:ci: ${recorded.length} files recorded in ${BASELINE}, ${changed.length} changed since`,
  );
  // Files recorded below the floor are listed in docs/mutation/baseline.json and fail nothing here while
  // unchanged (test/quality/mutation-baseline.test.ts keeps their list from growing); a changed file must
  // reach the floor.
  for (const [f, e] of low) console.log(`mutation:ci: below the floor, unchanged: ${f} ${e.score} %`);
  for (const [f, e] of Object.entries(baseline.files))
    if (e === null) console.log(`mutation:ci: not measured: ${f}`);
  const failed = [];
  for (const area of plan({ files: changed })) {
    const run = runArea(area, { concurrency: process.env.MUTATION_CONCURRENCY ?? '2' });
    if (!run.ok) failed.push(`${area.name}: Stryker failed`);
    else {
      const json = JSON.parse(readFileSync(run.report, 'utf8'));
      for (const [file, result] of Object.entries(json.files)) {
        const { score } = countMutants(result.mutants);
        console.log(`mutation:ci: ${file} ${score ?? '—'} %`);
        if (score !== null && score < FLOOR) failed.push(`${file} scores ${score} % (floor ${FLOOR} %)`);
      }
    }
  }
  for (const f of failed) console.log(`mutation:ci: FAIL ${f}`);
  process.exit(failed.length === 0 ? 0 : 1);
}
