/**
 * Runs the policy team's spec cases in spec/*.yaml (see spec/README.md): each case names the rule it checks,
 * the call, its arguments and the expected result or refusal.
 */
import { describe, expect, it } from 'vitest';
import { loadSpecCases, type SpecCase } from '../scripts/spec-cases.js';
import * as lib from '../src/index.js';
import { PolicyInputError } from '../src/core/errors.js';

const root = lib as unknown as Record<string, unknown>;

function namespaceOf(call: string): Record<string, unknown> {
  const [area] = call.split('.');
  return call.includes('.') ? (root[area ?? ''] as Record<string, unknown>) : root;
}

function resolveFunction(call: string): (...args: unknown[]) => unknown {
  const name = call.split('.').pop() ?? '';
  const fn = namespaceOf(call)[name];
  if (typeof fn !== 'function') throw new Error(`spec: ${call} is not an exported function`);
  return fn as (...args: unknown[]) => unknown;
}

/** "$NAME" stands for an exported constant of the call's area (or the root). */
function resolveArgument(value: unknown, call: string): unknown {
  if (typeof value === 'string' && value.startsWith('$')) {
    const constant = namespaceOf(call)[value.slice(1)] ?? root[value.slice(1)];
    if (constant === undefined) throw new Error(`spec: ${value} is not an exported constant`);
    return constant;
  }
  return value;
}

/** The value at a dotted path ("shares.basicInsurance", "quarters.0.amount", "$" for the result itself). */
function at(value: unknown, path: string): unknown {
  if (path === '$') return value;
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

/** Compares as text for amounts and decimals (they serialize to strings), as is for booleans and numbers. */
function comparable(value: unknown): unknown {
  if (value !== null && typeof value === 'object') return JSON.parse(JSON.stringify(value)) as unknown;
  return value;
}

const cases: { file: string; spec: SpecCase }[] = loadSpecCases();
const files = [...new Set(cases.map((c) => c.file))];

describe('spec cases (spec/*.yaml)', () => {
  it('there are cases for every area, and each names a registered rule', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const { spec } of cases) expect(lib.registry.rule(spec.rule)?.id, spec.case).toBe(spec.rule);
  });

  it.each(cases.map(({ file, spec }) => [`${file}: ${spec.case} [${spec.rule}]`, spec] as const))(
    '%s',
    (_name, spec) => {
      const fn = resolveFunction(spec.call);
      const args = spec.args.map((a) => resolveArgument(a, spec.call));
      if (spec.throws !== undefined) {
        let caught: unknown;
        try {
          fn(...args);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(PolicyInputError);
        const error = caught as PolicyInputError;
        expect(error.path).toBe(spec.throws.path);
        if (spec.throws.ruleId !== undefined) expect(error.ruleId).toBe(spec.throws.ruleId);
        if (spec.throws.code !== undefined) expect(error.issues[0]?.code).toBe(spec.throws.code);
        return;
      }
      const result = fn(...args);
      expect(spec.expect, 'a case expects a result or a refusal').toBeDefined();
      for (const [path, expected] of Object.entries(spec.expect ?? {})) {
        expect(comparable(at(result, path)), path).toEqual(expected);
      }
    },
  );
});
