/**
 * Documentation that cannot lie: every ```ts block of README.md and docs/*.md is written as a module into a
 * temporary project that depends on the built package, type-checked with `strict` under NodeNext, and run;
 * the values its `//` comments state are asserted (see scripts/docs-snippets.ts). A block fenced as
 * ```ts no-check is an illustrative fragment and is skipped. Run after `npm run build`:
 * `npm run check:docs` (or `tsx scripts/check-docs.ts [files...]`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASSERT_MODULE, extractSnippets, instrument, type Snippet } from './docs-snippets.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE_NAME = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string }).name;

/** README.md and docs/*.md (the generated catalogue docs/rules.md included, if it has blocks). */
export function documentationFiles(root = ROOT): string[] {
  const docs = join(root, 'docs');
  return [
    join(root, 'README.md'),
    ...readdirSync(docs)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => join(docs, f)),
  ];
}

function moduleName(snippet: Snippet): string {
  return `${snippet.file.replace(/[^A-Za-z0-9]+/gu, '_')}_L${snippet.line}.mts`;
}

/** Writes the project: the snippets, the assertion module, tsconfig, and the package linked in. */
function writeProject(
  dir: string,
  snippets: readonly Snippet[],
): { file: string; snippet: Snippet; assertions: number; headerLines: number }[] {
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', PACKAGE_NAME), 'dir');
  symlinkSync(join(ROOT, 'node_modules', '@types'), join(dir, 'node_modules', '@types'), 'dir');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'docs-snippets', private: true, type: 'module' }),
  );
  writeFileSync(join(dir, '__assert-doc.mts'), ASSERT_MODULE);
  const written = snippets.map((snippet) => {
    const { source, assertions, headerLines } = instrument(snippet);
    const file = moduleName(snippet);
    writeFileSync(join(dir, file), source);
    return { file, snippet, assertions, headerLines };
  });
  const compilerOptions = {
    strict: true,
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    target: 'ES2022',
    outDir: 'out',
    rootDir: '.',
    types: ['node'],
    skipLibCheck: true,
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.mts'] }));
  return written;
}

/** Type-checks and runs every snippet; returns the number of failures. */
export function checkDocs(files: readonly string[]): number {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    console.error('check-docs: dist/ is missing; run `npm run build` first');
    return 1;
  }
  const snippets = files.flatMap((f) => extractSnippets(relative(ROOT, f), readFileSync(f, 'utf8')));
  const dir = mkdtempSync(join(tmpdir(), 'jilin-docs-'));
  let failures = 0;
  try {
    const written = writeProject(dir, snippets);
    const tsc = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    const diagnostics = tsc.stdout.split('\n').filter((l) => l.trim() !== '');
    for (const { file, snippet, headerLines } of written) {
      const mine = diagnostics
        .filter((l) => l.startsWith(file))
        .map((l) =>
          l.replace(/^[^(]+\((\d+),(\d+)\)/u, (_m, row: string, col: string) => {
            return `${snippet.file}:${snippet.line + Number(row) - headerLines}:${col}`;
          }),
        );
      if (mine.length > 0) {
        failures += 1;
        console.error(`✗ ${snippet.file}:${snippet.line} does not type-check (strict, NodeNext):`);
        for (const l of mine) console.error(`    ${l}`);
      }
    }
    let assertions = 0;
    for (const { file, snippet, assertions: n } of written) {
      const out = join(dir, 'out', file.replace(/\.mts$/u, '.mjs'));
      if (!existsSync(out)) continue;
      try {
        execFileSync(process.execPath, [out], {
          cwd: dir,
          stdio: ['ignore', 'ignore', 'pipe'],
          encoding: 'utf8',
        });
        assertions += n;
      } catch (error) {
        failures += 1;
        const stderr = (error as { stderr?: string }).stderr ?? String(error);
        const line = stderr.split('\n').find((l) => l.includes('Error')) ?? stderr.trim().split('\n')[0];
        console.error(`✗ ${snippet.file}:${snippet.line} fails when run: ${line ?? ''}`);
      }
    }
    console.log(
      `docs check: ${snippets.length} snippets, ${assertions} stated values asserted, ${failures} failed`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return failures;
}

if (process.argv[1]?.endsWith('check-docs.ts') === true) {
  const given = process.argv.slice(2);
  process.exitCode =
    checkDocs(given.length > 0 ? given.map((f) => resolve(f)) : documentationFiles()) > 0 ? 1 : 0;
}
