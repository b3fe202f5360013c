/**
 * The contract every public function keeps, whatever it is given: it returns, or it throws a
 * PolicyInputError — never a TypeError, a RangeError or a decimal.js error — and it mutates nothing it was given.
 * fast-check feeds every exported function arbitrary values (objects, arrays, strings, numbers, dates, NaN, …).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { PolicyInputError } from '../src/core/errors.js';
import { deepFreeze } from '../src/core/freeze.js';

/**
 * Authoring helpers for this library's own definitions (not for user input): they throw a plain Error on a
 * malformed definition, by design, since that is a bug in the library caught by its tests.
 */
const AUTHORING = new Set(['cite', 'defineRule', 'defineInterpretation', 'createRegistry']);

type AnyFunction = (...args: unknown[]) => unknown;

function isClass(fn: AnyFunction): boolean {
  return /^class[\s{]/u.test(Function.prototype.toString.call(fn));
}

function publicFunctions(): [string, AnyFunction][] {
  const out: [string, AnyFunction][] = [];
  const visit = (namespace: Record<string, unknown>, prefix: string): void => {
    for (const [name, value] of Object.entries(namespace)) {
      if (typeof value === 'function' && !isClass(value as AnyFunction) && !AUTHORING.has(name)) {
        out.push([`${prefix}${name}`, value as AnyFunction]);
      } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && prefix === '') {
        // an area namespace (medical, dibao, …) — one level deep
        if (Object.prototype.toString.call(value) === '[object Module]')
          visit(value as Record<string, unknown>, `${name}.`);
      }
    }
  };
  visit(lib, '');
  return out;
}

const functions = publicFunctions();

const junk = fc.oneof(
  fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true, withBigInt: true }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0,
    1.5,
    '',
    ' ',
    '-1',
    '1e400',
    'abc',
    '2019-02-29',
  ),
);

describe('the contract of every public function', () => {
  it('finds the public functions of every area', () => {
    const areas = new Set(functions.map(([name]) => (name.includes('.') ? name.split('.')[0] : 'root')));
    expect([...areas].sort()).toEqual([
      'budget',
      'dibao',
      'finance',
      'housing',
      'medical',
      'regions',
      'root',
      'targets',
      'timetable',
    ]);
    expect(functions.length).toBeGreaterThan(60);
  });

  it.each(functions)(
    '%s: on arbitrary input it returns or throws a PolicyInputError, mutating nothing',
    (_name, fn) => {
      fc.assert(
        fc.property(fc.array(junk, { maxLength: 3 }), (args) => {
          const frozen = args.map((a) => deepFreeze(a));
          try {
            fn(...frozen);
          } catch (error) {
            if (!(error instanceof PolicyInputError)) {
              throw new Error(`threw ${(error as Error).name}: ${(error as Error).message}`, {
                cause: error,
              });
            }
            expect(error.ruleId).toMatch(/^[a-z]+\.[A-Za-z0-9]+$/u);
            expect(error.issues.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: Number(process.env.CONTRACT_RUNS ?? 60) },
      );
    },
  );
});
