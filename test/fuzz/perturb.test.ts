/**
 * Fuzzing past the first check: each spec case (spec/<area>/*.yaml, a valid call of a rule) is run with one of its
 * values — a leaf or a whole sub-object, at any depth — replaced by a hostile value (hostile.ts). The call
 * must keep the same contract as in fuzz.test.ts: return or throw a PolicyInputError, quickly, without NaN
 * or Infinity, mutating nothing. FUZZ_RUNS sets the number of perturbed calls per spec file ×10.
 */
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import * as lib from '../../src/index.js';
import { loadSpecCases } from '../../scripts/spec-cases.js';
import { argumentsFor, callOf, optionsOf, resolveConstant } from '../../src/spec/run.js';
import { calls, check } from './contract.js';
import { hostileValue } from './hostile.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100) * 10;
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

type Path = readonly (string | number)[];

/** Every path into a value (its sub-objects and leaves), the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf(child, path)];
  });
}

/** A copy of `value` with the thing at `path` replaced (the copy is frozen, so a write to it throws). */
function replaced(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const source = value as Record<string | number, unknown>;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...source }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaced(source[head], rest, replacement);
  return Object.freeze(copy);
}

function functionNamed(call: string): ((...args: unknown[]) => unknown) | undefined {
  const [first, second] = call.split('.');
  const holder = (second === undefined ? lib : (lib as Record<string, unknown>)[first ?? '']) as Record<
    string,
    unknown
  >;
  const fn = holder[second ?? first ?? ''];
  return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
}

/** The arguments a case passes, in order (its named input, local figures and options, as the runner calls them). */
function argumentsOf(
  spec: ReturnType<typeof loadSpecCases>[number]['spec'],
  call: string,
  arity: number,
): unknown[] {
  if (spec.arguments !== undefined) return spec.arguments.map((a) => resolveConstant(a, call));
  const local = resolveConstant(spec.local, call);
  return argumentsFor(call, resolveConstant(spec.input, call), local, optionsOf(spec), arity);
}

const CASES = loadSpecCases()
  .map(({ file, spec, title }) => {
    const call = callOf(spec.rule, spec.call);
    const fn = functionNamed(call);
    return {
      file,
      name: `${call} (${title})`,
      fn,
      args: fn === undefined ? [] : argumentsOf(spec, call, fn.length),
    };
  })
  .filter((c) => c.fn !== undefined);
const FILES = [...new Set(CASES.map((c) => c.file))];

describe('fuzz: spec cases with one value made hostile', () => {
  it.each(FILES)(
    '%s',
    (file) => {
      const cases = CASES.filter((c) => c.file === file);
      const perturbed = fc.integer({ min: 0, max: cases.length - 1 }).chain((i) => {
        const c = cases[i] ?? cases[0];
        const paths = pathsOf(c?.args ?? []);
        return fc.record({
          c: fc.constant(c),
          path: paths.length === 0 ? fc.constant<Path>([0]) : fc.constantFrom(...paths),
          value: hostileValue(),
        });
      });
      fc.assert(
        fc.property(perturbed, ({ c, path, value }) => {
          if (c?.fn === undefined) return;
          const args = replaced(c.args, path, value) as readonly unknown[];
          const fn = c.fn;
          check(`${c.name} with ${path.join('.')} made hostile`, (a) => fn(...a), args);
        }),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
    },
    120_000,
  );

  afterAll(() => {
    console.info(`perturb: ${String(calls())} calls over ${String(CASES.length)} spec cases`);
  });
});
