/**
 * Rebuilds the ESM side of dist/ one file per source module (after `tsup`, which bundles the CJS entries, the
 * type declarations and the bin). tsup's ESM output puts modules of several areas into shared chunks: a chunk
 * is one module for a bundler, so importing one function kept every top-level statement of its chunk (the rule
 * registry, every area's rules and schemas). One file per module lets a bundler drop every module an import
 * does not reach (package.json `"sideEffects": false`), and lets Node load only those modules.
 *
 * Only modules reachable from the public entries are emitted; `dist/cli/` (the bin) is left as tsup built it.
 *
 *   node scripts/build-esm.mjs        (run by `npm run build`)
 */
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** src/<subpath>/index.ts for each public subpath, src/index.ts for the root. */
const entries = Object.keys(pkg.exports)
  .filter((k) => k !== './package.json')
  .map((k) => (k === '.' ? 'src/index.ts' : `src/${k.slice(2)}/index.ts`));

// 1. Which source modules the entries reach (dependencies stay external).
const graph = await build({
  absWorkingDir: ROOT,
  entryPoints: entries,
  bundle: true,
  packages: 'external',
  format: 'esm',
  platform: 'neutral',
  outdir: join(ROOT, '.esm-graph'),
  write: false,
  metafile: true,
  logLevel: 'error',
});
const modules = Object.keys(graph.metafile.inputs).filter((f) => f.startsWith('src/') && f.endsWith('.ts'));

// 2. Drop tsup's bundled ESM files (entries and chunks), keep the CJS, the declarations and the bin.
const walk = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return p === join(DIST, 'cli') ? [] : walk(p);
    return p.endsWith('.js') ? [p] : [];
  });
for (const file of walk(DIST)) rmSync(file);

// 3. One ESM file per module; the sources already import each other as './x.js'.
await build({
  absWorkingDir: ROOT,
  entryPoints: modules,
  outbase: 'src',
  outdir: DIST,
  bundle: false,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  logLevel: 'error',
});
console.log(`build-esm: ${modules.length} modules → ${relative(ROOT, DIST)}/ (ESM, one file per module)`);
