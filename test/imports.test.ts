/**
 * Homes (issue 9): areas import each other only through their index.ts. A file outside src/<area>/ may import
 * src/<area>/<file>.js only when <file> is index; src/core and src/plan (the plan's own lists) may be imported
 * by every area, and src/plan imports nothing but src/core. The root entry and registry (src/index.ts,
 * src/rules.ts) wire every area's rules and are exempt, and so is the command line's use of the case engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');
const SHARED = new Set(['core', 'plan']);
const ROOT_FILES = new Set(['index.ts', 'rules.ts']);
/**
 * The command line (src/cli) is the one client of the case engine (src/spec): tooling, not a policy area, so the
 * bin may use the engine's modules directly. The engine itself reaches the areas only through the root entry.
 */
const TOOLING: ReadonlyMap<string, string> = new Map([['cli', 'spec']]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every relative module specifier of a file (static imports and re-exports, and dynamic imports). */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/gu;
  for (const m of text.matchAll(re)) if (m[1] !== undefined) found.push(m[1]);
  return found;
}

/** The area of a path under src/ (its first directory), or undefined for a root file. */
function areaOf(path: string): string | undefined {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** The imports that break the rule, as `from → to`. */
function violations(): string[] {
  const out: string[] = [];
  for (const file of tsFiles(SRC)) {
    const from = areaOf(file);
    if (from === undefined && ROOT_FILES.has(relative(SRC, file))) continue;
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec);
      const to = areaOf(target);
      if (to === undefined || to === from) continue;
      const rel = relative(SRC, target).split(sep).join('/');
      const ok =
        (SHARED.has(to) ? from !== 'plan' || to === 'core' : rel === `${to}/index.js`) ||
        (from !== undefined && TOOLING.get(from) === to);
      if (!ok) out.push(`${relative(SRC, file).split(sep).join('/')} → ${rel}`);
    }
  }
  return out;
}

describe('areas import each other only through their index.ts', () => {
  it('no file imports another area’s internals (src/core and src/plan are shared)', () => {
    expect(violations()).toEqual([]);
  });

  it('the check sees imports and re-exports, and would catch one that breaks the rule', () => {
    expect(
      specifiers(
        "import { a } from '../regions/lookup.js';\nexport { b } from './x.js';\nimport type { C } from \"../core/y.js\";",
      ),
    ).toEqual(['../regions/lookup.js', './x.js', '../core/y.js']);
    expect(areaOf(join(SRC, 'timetable', 'assess.ts'))).toBe('timetable');
    expect(areaOf(join(SRC, 'index.ts'))).toBeUndefined();
  });
});
