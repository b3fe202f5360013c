/**
 * Bundle sizes and their budgets: what a browser app pays for one import of the package. Each entry is bundled
 * from the built package (`dist/`, run `npm run build` first) with esbuild as ESM, minified, for the browser,
 * every dependency included; prints the raw and gzip -9 sizes, writes them to bench/bundle-sizes.json, and
 * exits 1 when an entry with a budget (BUDGETS, below) is over it. `npm test` runs it after the build.
 *
 *   npm run size
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const SUBPATHS = Object.keys(pkg.exports)
  .filter((k) => k !== '.' && k !== './package.json')
  .map((k) => k.slice(2));

/**
 * Budgets in bytes of gzip -9 output (KiB = 1024 bytes), keyed by entry label: the one place they are set.
 * Entries without a budget (each subpath whole, the root whole) are reported only.
 */
const BUDGETS = {
  '{ reimburse } from jilin-poverty-rules/medical': 40 * 1024,
  '{ meetsBound } from jilin-poverty-rules': 20 * 1024,
};

/** [label, module source]: the named imports the issue asks about, then each entry whole. */
const ENTRIES = [
  ['{ reimburse } from jilin-poverty-rules/medical', "export { reimburse } from './dist/medical/index.js';"],
  ['{ meetsBound } from jilin-poverty-rules', "export { meetsBound } from './dist/index.js';"],
  ['* from jilin-poverty-rules', "export * from './dist/index.js';"],
  ...SUBPATHS.map((s) => [`* from jilin-poverty-rules/${s}`, `export * from './dist/${s}/index.js';`]),
];

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}

const results = [];
for (const [entry, contents] of ENTRIES) {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  const code = out.outputFiles[0].contents;
  const result = { entry, raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
  if (BUDGETS[entry] !== undefined) result.budgetGzip = BUDGETS[entry];
  results.push(result);
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const width = Math.max(...results.map((r) => r.entry.length));
const over = results.filter((r) => r.budgetGzip !== undefined && r.gzip > r.budgetGzip);
for (const r of results) {
  const budget =
    r.budgetGzip === undefined
      ? ''
      : `  budget ${kib(r.budgetGzip).padStart(9)} ${r.gzip > r.budgetGzip ? 'OVER' : 'ok'}`;
  console.log(
    `${r.entry.padEnd(width)}  ${kib(r.raw).padStart(10)}  gzip ${kib(r.gzip).padStart(9)}${budget}`,
  );
}

const report = {
  note: 'esbuild, ESM, minified, platform browser, from dist/; gzip level 9. Written by `npm run size`.',
  version: pkg.version,
  entries: results,
};
writeFileSync(join(ROOT, 'bench', 'bundle-sizes.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('written: bench/bundle-sizes.json');
if (over.length > 0) {
  for (const r of over)
    console.error(`over budget: ${r.entry} is ${kib(r.gzip)} gzip, budget ${kib(r.budgetGzip)}`);
  process.exit(1);
}
