/**
 * Cold start: how long a fresh Node process takes to import the built `jilin-poverty-rules/medical`, beside
 * how long it takes to import `zod` alone, measured in one run. Each sample is a new `node` process timing
 * its own dynamic `import()` (process start-up excluded); the two imports alternate so that machine load
 * hits both alike. Reports each median and the ratio of the medians; the target is at most 1.5.
 *
 *   npm run build && npm run bench:cold            (N=15 samples each; `-- --runs 30` for more)
 *   npm run bench:cold -- --check                  (also exits 1 when the ratio is over 1.5)
 *
 * Writes bench/cold-start.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_RATIO = 1.5;
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 15;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number ≥ 1');

/** [label, specifier]: imported by name from the package's own folder (Node resolves the self-reference). */
const SUBJECTS = [
  ['zod', 'zod'],
  ['jilin-poverty-rules/medical', 'jilin-poverty-rules/medical'],
  ['jilin-poverty-rules (root)', 'jilin-poverty-rules'],
];

if (!existsSync(join(ROOT, 'dist', 'medical', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}

/** Milliseconds a fresh process spends in `await import(specifier)`. */
function sample(specifier) {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return Number(out);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const times = Object.fromEntries(SUBJECTS.map(([label]) => [label, []]));
for (const [, specifier] of SUBJECTS) sample(specifier); // warm the file system cache once
for (let i = 0; i < RUNS; i += 1) {
  // Alternate the order each round, so neither import always runs first.
  const order = i % 2 === 0 ? SUBJECTS : [...SUBJECTS].reverse();
  for (const [label, specifier] of order) times[label].push(sample(specifier));
}

const zod = median(times.zod);
const results = SUBJECTS.map(([label]) => ({
  import: label,
  medianMs: Number(median(times[label]).toFixed(2)),
  ratioToZod: Number((median(times[label]) / zod).toFixed(2)),
}));
for (const r of results)
  console.log(
    `${r.import.padEnd(30)} median ${r.medianMs.toFixed(1).padStart(7)} ms  ×${r.ratioToZod.toFixed(2)} of zod`,
  );
const medical = results.find((r) => r.import === 'jilin-poverty-rules/medical');
const ok = medical.ratioToZod <= TARGET_RATIO;
console.log(
  `/medical vs zod: ×${medical.ratioToZod.toFixed(2)} (target ≤ ×${TARGET_RATIO}) ${ok ? 'ok' : 'OVER'}`,
);
writeFileSync(
  join(ROOT, 'bench', 'cold-start.json'),
  `${JSON.stringify(
    {
      note: 'Median ms of `await import()` in a fresh node process, N runs each, alternating. Written by `npm run bench:cold`.',
      node: process.version,
      runs: RUNS,
      targetRatio: TARGET_RATIO,
      results,
    },
    null,
    2,
  )}\n`,
);
if (args.includes('--check') && !ok) process.exit(1);
