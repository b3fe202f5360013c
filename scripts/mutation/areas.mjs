// The areas of src/ a mutation run is split into, each with the tests that pin it (issue 15).
//
// Why split: every test imports core (parseInput, openEvaluation, Money) and most import the region registry,
// so one Stryker run over all of src/ with all tests runs hundreds of tests per mutant and does not fit on two
// cores. Each area is run against its own tests, the cross-area quality tests and the spec cases; a score so
// measured is a lower bound of the whole suite's (more tests can only kill more mutants).

const SHARED = ['test/quality/**/*.test.ts', 'test/spec.test.ts'];

/** @type {readonly { name: string, mutate: string[], tests: string[], sharedImports?: boolean }[]} */
export const AREAS = Object.freeze([
  {
    name: 'plan',
    mutate: ['src/plan/**/*.ts'],
    tests: ['test/plan/**/*.test.ts', 'test/targets/**/*.test.ts', 'test/finance/**/*.test.ts', ...SHARED],
  },
  { name: 'timetable', mutate: ['src/timetable/**/*.ts'], tests: ['test/timetable/**/*.test.ts', ...SHARED] },
  {
    name: 'spec',
    mutate: ['src/spec/**/*.ts'],
    tests: ['test/cli/spec-engine.test.ts', 'test/cli/commands.test.ts', ...SHARED],
  },
  {
    name: 'cli',
    mutate: ['src/cli/**/*.ts', '!src/cli/index.ts'],
    tests: [
      'test/cli/commands.test.ts',
      'test/cli/convert.test.ts',
      'test/cli/spec-engine.test.ts',
      'test/cli/branches.test.ts',
      'test/quality/cli-inprocess.test.ts',
    ],
  },
  { name: 'regions', mutate: ['src/regions/**/*.ts'], tests: ['test/regions/**/*.test.ts', ...SHARED] },
  { name: 'finance', mutate: ['src/finance/**/*.ts'], tests: ['test/finance/**/*.test.ts', ...SHARED] },
  { name: 'housing', mutate: ['src/housing/**/*.ts'], tests: ['test/housing/**/*.test.ts', ...SHARED] },
  { name: 'budget', mutate: ['src/budget/**/*.ts'], tests: ['test/budget/**/*.test.ts', ...SHARED] },
  { name: 'dibao', mutate: ['src/dibao/**/*.ts'], tests: ['test/dibao/**/*.test.ts', ...SHARED] },
  { name: 'targets', mutate: ['src/targets/**/*.ts'], tests: ['test/targets/**/*.test.ts', ...SHARED] },
  { name: 'medical', mutate: ['src/medical/**/*.ts'], tests: ['test/medical/**/*.test.ts', ...SHARED] },
  {
    // core is reached by every test: its run leaves out the quality tests that drive whole commands over every
    // rule (test/quality/cli-inprocess.test.ts alone would run 103 tests per core mutant), keeping the core ones.
    name: 'core',
    mutate: ['src/core/**/*.ts', 'src/rules.ts'],
    // core fills no module state lazily (its maps and the registry are built at import, and frozen), so its test
    // files may share one import of the package (vitest `isolate: false`): a mutant's run takes a quarter of the
    // time. Areas with a lazy cache (medical's scheme profiles) keep isolation: a mutant could poison the cache.
    sharedImports: true,
    tests: [
      'test/core/**/*.test.ts',
      'test/quality/errors-message.test.ts',
      'test/quality/issue15-edges.test.ts',
      'test/frozen.test.ts',
    ],
  },
]);

/** The area a source file belongs to (by its first matching `mutate` directory). */
export function areaOf(file) {
  return AREAS.find((a) =>
    a.mutate.some(
      (g) => !g.startsWith('!') && file.startsWith(g.split('*')[0]) && (g.includes('*') || file === g),
    ),
  );
}

/** Files of src/ that mutation testing leaves out: re-export indexes, and the bin's process entry. */
export function isMutated(file) {
  return (
    file.startsWith('src/') && file.endsWith('.ts') && !file.endsWith('/index.ts') && file !== 'src/index.ts'
  );
}
