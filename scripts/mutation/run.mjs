#!/usr/bin/env node
// npm run mutation [-- --area core,dibao] [-- --files src/a.ts,src/b.ts] [-- --concurrency 2] [-- --static]
//                   [-- --tests 'test/core/money*.test.ts,test/x.test.ts']
//
// Runs Stryker area by area (scripts/mutation/areas.mjs), each against the tests that pin it, and writes
// reports/mutation/<area>-<time>.json and .html. `npm run mutation:baseline` then records the per-file scores
// in docs/mutation/baseline.json; `npm run mutation:ci` re-tests only the files changed since.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync, spawnSync as spawn } from 'node:child_process';
import { AREAS, areaOf, isMutated } from './areas.mjs';

export function parseArgs(argv) {
  const out = { areas: undefined, files: undefined, tests: undefined, concurrency: '2', static: false };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--area') out.areas = value.split(',');
    else if (flag === '--files') out.files = value.split(',').filter(isMutated);
    else if (flag === '--concurrency') out.concurrency = value;
    // --tests: run only these test files (a narrower set gives a lower bound of the score, and a faster run)
    else if (flag === '--tests') out.tests = value.split(',').filter((g) => g !== '');
    else if (flag === '--static') {
      out.static = true;
      continue;
    } else throw new Error(`mutation: unknown argument ${flag}`);
    i += 1;
  }
  return out;
}

/** The runs to make: one per area, or one per area of the named files. */
export function plan({ areas, files, tests }) {
  return planAreas({ areas, files }).map((a) => (tests === undefined ? a : { ...a, tests }));
}

function planAreas({ areas, files }) {
  if (files !== undefined) {
    return AREAS.map((a) => ({ ...a, mutate: files.filter((f) => areaOf(f)?.name === a.name) })).filter(
      (a) => a.mutate.length > 0,
    );
  }
  const unknown = (areas ?? []).filter((n) => !AREAS.some((a) => a.name === n));
  if (unknown.length > 0) throw new Error(`mutation: no area ${unknown.join(', ')}`);
  return AREAS.filter((a) => areas === undefined || areas.includes(a.name));
}

/** Stryker runs the tests in a sandbox below the checkout: point the quote checks at ../shared from here. */
function planSource() {
  const path = resolve('..', 'shared', 'source', 'jilin-poverty-plan-2016-2020.zh.txt');
  return process.env.JILIN_PLAN_SOURCE === undefined && existsSync(path) ? { JILIN_PLAN_SOURCE: path } : {};
}

/** The files a run mutates: the area's files of src/, or the files named. */
function filesOf(area) {
  if (area.mutate.every((g) => !g.includes('*'))) return area.mutate.filter(isMutated);
  const tracked = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' }).split('\n');
  return tracked.filter((f) => isMutated(f) && areaOf(f)?.name === area.name);
}

/**
 * Stryker's report leaves out a file in which it found no mutant (say, only type declarations): add it with no
 * mutants and the text it had, so the baseline records it as measured (nothing to mutate) rather than unmeasured.
 */
function recordMutantFree(report, texts) {
  const json = existsSync(report)
    ? JSON.parse(readFileSync(report, 'utf8'))
    : { schemaVersion: '2', thresholds: {}, files: {} };
  for (const [f, source] of texts) json.files[f] ??= { language: 'typescript', source, mutants: [] };
  writeFileSync(report, JSON.stringify(json));
}

export function runArea(area, { concurrency, static: withStatic = false }) {
  const base = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const file = `reports/mutation/${area.name}-${stamp}`;
  const config = {
    ...base,
    mutate: [...area.mutate, '!src/**/index.ts'],
    reporters: ['json', 'html', 'clear-text', 'progress'],
    htmlReporter: { fileName: `${file}.html` },
    jsonReporter: { fileName: `${file}.json` },
    concurrency: Number(concurrency),
    // --static: also test the mutants of module-level data (each runs the area's whole focused test set)
    ignoreStatic: !withStatic,
    tempDirName: `.stryker-tmp-${area.name}-${String(process.pid)}`,
    // runs of other areas may be going on in this checkout: never copy their sandboxes or reports
    ignorePatterns: ['/.stryker-tmp*', '/reports', '/coverage', '/docs/site', '/dist', '/.consumer-check'],
  };
  mkdirSync('reports/mutation', { recursive: true });
  writeFileSync(`${file}.config.json`, JSON.stringify(config, null, 2));
  const texts = new Map(filesOf(area).map((f) => [f, readFileSync(f, 'utf8')]));
  const started = Date.now();
  const result = spawn('npx', ['stryker', 'run', `${file}.config.json`], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      ...planSource(),
      JPR_MUTATION: '1',
      JPR_MUTATION_TESTS: area.tests.join(','),
      JPR_MUTATION_SHARED_IMPORTS: area.sharedImports === true ? '1' : '0',
    },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (result.status === 0) recordMutantFree(`${file}.json`, texts);
  console.log(
    `mutation: area ${area.name} (${area.mutate.join(' ')}) exit ${result.status} in ${seconds} s → ${file}.json`,
  );
  return { ok: result.status === 0, report: `${file}.json`, seconds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2));
  const runs = plan(args);
  if (runs.length === 0) console.log('mutation: nothing to mutate');
  const failed = runs.map((a) => runArea(a, args)).filter((r) => !r.ok);
  process.exit(failed.length === 0 ? 0 : 1);
}
