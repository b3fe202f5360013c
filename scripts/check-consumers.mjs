#!/usr/bin/env node
// Installs the packed tarball into fresh consumer projects and proves the package works from
// (1) a plain ESM script, (2) a CJS script, (3) a TypeScript consumer with moduleResolution NodeNext and
// (4) one with moduleResolution Bundler. Every public subpath is exercised. Also checks that the built
// code imports no Node built-in (the package must run in a browser too).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const subpaths = Object.keys(pkg.exports)
  .filter((k) => k !== './package.json')
  .map((k) => (k === '.' ? pkg.name : `${pkg.name}/${k.slice(2)}`));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
let failures = 0;
let passes = 0;
const check = (name, fn) => {
  try {
    fn();
    passes += 1;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failures += 1;
    console.error(
      `  ✗ ${name}\n${error instanceof Error ? (error.stdout ?? '') + error.message : String(error)}`,
    );
  }
};

// 0. No Node built-ins in the built library (the bin, dist/cli, is Node-only and no entry imports it).
check('built library imports no Node built-in (runs in a browser), and no entry imports the bin', () => {
  const files = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) {
        if (p !== join(root, 'dist', 'cli')) walk(p);
      } else if (/\.(c?js)$/u.test(f)) files.push(p);
    }
  };
  walk(join(root, 'dist'));
  const importsBin = files.filter((f) => /["'][./]*cli\//u.test(readFileSync(f, 'utf8')));
  if (importsBin.length > 0) throw new Error(`library files import the bin: ${importsBin.join(', ')}`);
  const offenders = files.filter((f) =>
    /(from\s+|require\()\s*["'](node:|fs|path|os|child_process)["']/u.test(readFileSync(f, 'utf8')),
  );
  if (offenders.length > 0) throw new Error(`Node built-ins imported by: ${offenders.join(', ')}`);
});

const work = mkdtempSync(join(tmpdir(), 'jilin-consumers-'));
try {
  const tarball = join(
    work,
    run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop(),
  );
  const project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball],
    project,
  );
  console.log(`consumer checks against ${tarball.split('/').pop()} (${subpaths.length} entry points)`);

  const esm = [
    `import assert from 'node:assert/strict';`,
    ...subpaths.map((s, i) => `import * as m${i} from '${s}';`),
    ...subpaths.map((s, i) => `assert.ok(Object.keys(m${i}).length > 0, '${s} exports something');`),
    `assert.equal(m0.Money.of('0.10').plus('0.20').toString(), '0.30');`,
    `assert.ok(m0.rules.length > 0);`,
    `assert.throws(() => m0.getRule('no.such'), m0.PolicyInputError);`,
    `console.log('esm ok');`,
  ].join('\n');
  writeFileSync(join(project, 'esm.mjs'), esm);
  check('plain ESM script imports every entry point', () => run('node', ['esm.mjs'], project));

  const cjs = [
    `const assert = require('node:assert/strict');`,
    ...subpaths.map((s, i) => `const m${i} = require('${s}');`),
    ...subpaths.map((s, i) => `assert.ok(Object.keys(m${i}).length > 0, '${s} exports something');`),
    `assert.equal(m0.Money.of('100').allocate([1, 1, 1]).map(String).join(','), '33.34,33.33,33.33');`,
    `assert.throws(() => m0.Money.of('1.001'), m0.PolicyInputError);`,
    `console.log('cjs ok');`,
  ].join('\n');
  writeFileSync(join(project, 'cjs.cjs'), cjs);
  check('CJS script requires every entry point', () => run('node', ['cjs.cjs'], project));

  const tsSource = [
    ...subpaths.map((s, i) => `import * as m${i} from '${s}';`),
    `import { Money, type Citation, type Rule, PolicyInputError } from '${pkg.name}';`,
    `const total: Money = Money.of('1.00').plus('2.00');`,
    `const firstRule: Rule | undefined = m0.rules[0];`,
    `const quote: string | undefined = firstRule?.citations[0]?.quote;`,
    `const c: Citation | undefined = firstRule?.citations[0];`,
    `const isError: boolean = new Error('x') instanceof PolicyInputError;`,
    `export const used = [total.toString(), quote, c, isError, ${subpaths.map((_, i) => `m${i}`).join(', ')}];`,
  ].join('\n');
  // The bin, installed: the registry, an evaluation from stdin, and the package's own spec cases.
  const bin = join(project, 'node_modules', '.bin', 'jilin-poverty-rules');
  check('the bin lists the rules from the installed package', () => {
    if (!run(bin, ['rules'], project).includes('housing.areaCap'))
      throw new Error('housing.areaCap not listed');
  });
  check('the bin evaluates an input from stdin', () => {
    const out = execFileSync(bin, ['eval', 'housing.areaCap', '-', '--json'], {
      cwd: project,
      input: '{"registeredPeople":3,"plannedAreaM2":"75"}',
      encoding: 'utf8',
    });
    if (JSON.parse(out).compliant !== true) throw new Error(out);
  });
  check("the bin runs the package's own spec cases without vitest", () => {
    const specDir = join(project, 'node_modules', pkg.name, 'spec');
    const areas = readdirSync(specDir)
      .map((d) => join(specDir, d))
      .filter((d) => statSync(d).isDirectory());
    const out = run(bin, ['spec', ...areas], project);
    if (!/ passed, 0 failed\n?$/u.test(out)) throw new Error(out);
  });

  for (const [label, moduleKind, resolution] of [
    ['NodeNext', 'NodeNext', 'NodeNext'],
    ['Bundler', 'ESNext', 'Bundler'],
  ]) {
    const dir = join(project, `ts-${label.toLowerCase()}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.ts'), tsSource);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: moduleKind,
          moduleResolution: resolution,
          target: 'ES2022',
          types: [],
          skipLibCheck: false,
        },
        files: ['index.ts'],
      }),
    );
    if (label === 'NodeNext') {
      // A CommonJS TypeScript file under NodeNext resolves the "require" types (.d.cts).
      writeFileSync(
        join(dir, 'cjs.cts'),
        `import lib = require('${pkg.name}');\nexport const m = lib.Money.of(1);\n`,
      );
      const config = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
      config.files.push('cjs.cts');
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    }
    check(`TypeScript consumer, moduleResolution ${label}, typechecks against the types`, () =>
      run('node', [tsc, '-p', join(dir, 'tsconfig.json')], dir),
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`consumer checks: ${passes} passed, ${failures} failed`);
if (failures > 0) process.exitCode = 1;
