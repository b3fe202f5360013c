/**
 * Small functions: no function in src/ is longer than 80 lines (issue 9, "no function in src/ longer than 80
 * lines"), so each rule stays readable beside the clause it encodes. Counted from the line of the declaration
 * to the line of its closing brace, with the TypeScript parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/source.js';

export const MAX_FUNCTION_LINES = 80;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

interface LongFunction {
  readonly where: string;
  readonly lines: number;
}

function longFunctions(file: string, text = readFileSync(file, 'utf8')): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > MAX_FUNCTION_LINES) {
        found.push({ where: `${relative(REPO_ROOT, file)}:${String(start + 1)}`, lines });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('small functions', () => {
  const files = sourceFiles(join(REPO_ROOT, 'src'));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it(`no function in src/ is longer than ${String(MAX_FUNCTION_LINES)} lines`, () => {
    expect(files.flatMap((f) => longFunctions(f))).toEqual([]);
  });

  it('the check can fail: a function of 81 lines is found, one of 80 is not', () => {
    const fn = (bodyLines: number): string =>
      `export function f() {\n${Array.from({ length: bodyLines }, (_, i) => `  const x${String(i)} = ${String(i)};`).join('\n')}\n}\n`;
    const probe = join(REPO_ROOT, 'src', 'probe.ts');
    expect(longFunctions(probe, fn(79))).toEqual([{ where: 'src/probe.ts:1', lines: 81 }]);
    expect(longFunctions(probe, fn(78))).toEqual([]);
    expect(longFunctions(probe, `const g = () => {\n${'  1;\n'.repeat(85)}};\n`)).toHaveLength(1);
  });
});
