import { defineConfig } from 'vitest/config';

/**
 * Set by `npm run mutation` (and mutation:ci): Stryker runs the suite on instrumented sources, so the
 * bin tests (which build a bundle of src/ per run, src/cli is not mutated) are left out, and the fuzz
 * tests' per-call time limit is raised (instrumented code is slower; a timeout is not a killed mutant).
 */
const MUTATION = process.env.JPR_MUTATION === '1';

/**
 * A focused mutation run may name the test files to run (comma-separated globs), e.g. the tests that pin
 * src/core/errors.ts: its score is then a lower bound (fewer tests can only kill fewer mutants).
 */
const FOCUS = process.env.JPR_MUTATION_TESTS?.split(',').filter((g) => g !== '');

/** Coverage floors per area (issue 15): ≥ 95% lines and ≥ 90% branches. */
const AREA = { lines: 95, branches: 90 } as const;

export default defineConfig({
  test: {
    // The property tests of the batch engine and the parser-based structure test take seconds; on a loaded
    // two-core machine vitest's default 5 s limit fails them though nothing is wrong. A hang still fails.
    testTimeout: 30_000,
    include: MUTATION && FOCUS !== undefined && FOCUS.length > 0 ? FOCUS : ['test/**/*.test.ts'],
    // A mutation run of an area without lazily filled module state (core: scripts/mutation/areas.mjs says which)
    // shares imports between test files: each mutant re-runs the files that cover it, and with isolation each
    // file re-imports the whole package (4× the time of core's tests themselves).
    ...(MUTATION && process.env.JPR_MUTATION_SHARED_IMPORTS === '1' ? { isolate: false } : {}),
    exclude: MUTATION ? ['**/node_modules/**', 'test/cli/bin.test.ts'] : ['**/node_modules/**'],
    ...(MUTATION ? { env: { FUZZ_TIME_LIMIT_MS: '5000' } } : {}),
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The bin entry only runs as a process (test/cli/bin.test.ts runs the built bundle, which v8 coverage of
      // this process does not see); everything it calls is in main.ts.
      exclude: ['src/cli/index.ts'],
      reporter: ['text-summary', 'text', 'json-summary'],
      reportOnFailure: true,
      thresholds: {
        'src/core/**': AREA,
        'src/regions/**': AREA,
        'src/timetable/**': AREA,
        'src/medical/*.ts': AREA,
        'src/medical/layers/**': AREA,
        'src/dibao/[^b]*.ts': AREA,
        'src/medical/batch/**': AREA,
        'src/dibao/batch.ts': AREA,
        'src/housing/**': AREA,
        'src/budget/**': AREA,
        'src/targets/**': AREA,
        'src/finance/**': AREA,
        'src/plan/**': AREA,
        'src/spec/**': AREA,
        // src/cli (measured 98.8% lines / 91.1% branches): what is left is the bin's process-only stdin path,
        // `?? fallback` guards of values always present, rethrows of errors the contract rules out, and the
        // pre-0.2 trace shape of stepLine.
        'src/cli/**': AREA,
      },
    },
  },
});
