/**
 * Runs one case against the package: resolves the call through the root namespaces, calls it with the case's
 * input, locality figures and options, and compares the named paths of the result with the expected values.
 */
import { Decimal } from 'decimal.js';
import * as lib from '../index.js';
import { DEFAULT_CALLS, takesLocal, takesNoInput } from './calls.js';
import type { SpecCase } from './schema.js';

const root = lib as unknown as Record<string, unknown>;

/** One difference between what a case expects and what came out. */
export interface CaseFailure {
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly message: string;
}

/** The outcome of one case. */
export interface CaseOutcome {
  readonly passed: boolean;
  readonly failures: readonly CaseFailure[];
}

/** A call named by a case or the CLI that the package does not export. */
export class UnknownCallError extends Error {
  override readonly name = 'UnknownCallError';
}

function namespaceOf(call: string): Record<string, unknown> | undefined {
  if (!call.includes('.')) return root;
  const ns = root[call.slice(0, call.indexOf('.'))];
  // An area's namespace (`housing`); not a function (`yiToYuan.call`) nor a plain value, null included.
  return typeof ns === 'object' ? ((ns ?? undefined) as Record<string, unknown> | undefined) : undefined;
}

/** The call a case (or the CLI) means: its own `call`, else the rule's default function. */
export function callOf(rule: string, call?: string): string {
  const chosen = call ?? DEFAULT_CALLS[rule];
  if (chosen === undefined) throw new UnknownCallError(`${rule} has no default function: name one with call`);
  return chosen;
}

/** The exported function a call names (`housing.checkHousePlan`, `yiToYuan`). */
export function resolveCall(call: string): (...args: unknown[]) => unknown {
  const fn = namespaceOf(call)?.[call.slice(call.indexOf('.') + 1)];
  if (typeof fn !== 'function') throw new UnknownCallError(`${call} is not an exported function`);
  // An exported class (`dibao.CompiledDibao`) is a function to typeof, but calling it without `new` throws.
  if (/^class\b/u.test(Function.prototype.toString.call(fn))) {
    throw new UnknownCallError(`${call} is a class, not an exported function`);
  }
  return fn as (...args: unknown[]) => unknown;
}

/** "$NAME" stands for an exported constant of the call's area (or the root). */
export function resolveConstant(value: unknown, call: string): unknown {
  if (typeof value !== 'string' || !value.startsWith('$')) return value;
  const name = value.slice(1);
  const constant = namespaceOf(call)?.[name] ?? root[name];
  if (constant === undefined) throw new UnknownCallError(`${value} is not an exported constant`);
  return constant;
}

/** The options object of a case (only the keys it sets). */
export function optionsOf(
  c: Pick<SpecCase, 'date' | 'readings' | 'overrides' | 'regime'>,
): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  if (c.date !== undefined) options.date = c.date;
  if (c.readings !== undefined) options.readings = c.readings;
  if (c.overrides !== undefined) options.overrides = c.overrides;
  if (c.regime !== undefined) options.regime = c.regime;
  return options;
}

/**
 * The arguments of a call: `(input, local, options)` for a call that takes a locality's figures, `(options)` for
 * one that takes no input, else `(input, options)`. `arity` (the function's declared parameter count) guards against a call listed as
 * taking local figures whose function does not (yet): without local figures its options go second.
 */
export function argumentsFor(
  call: string,
  input: unknown,
  local: unknown,
  options: Record<string, unknown>,
  arity = 3,
): unknown[] {
  const hasOptions = Object.keys(options).length > 0;
  if (takesNoInput(call) && input === undefined) return hasOptions ? [options] : [];
  const args: unknown[] = [input];
  if (local !== undefined || (takesLocal(call) && hasOptions && arity >= 3)) args.push(local);
  if (hasOptions) args.push(options);
  return args;
}

/** Evaluates a case's call; throws whatever the function throws. */
export function evaluateCase(c: SpecCase): unknown {
  const call = callOf(c.rule, c.call);
  const fn = resolveCall(call);
  if (c.arguments !== undefined) return fn(...c.arguments.map((a) => resolveConstant(a, call)));
  const local = resolveConstant(c.local, call);
  return fn(...argumentsFor(call, resolveConstant(c.input, call), local, optionsOf(c), fn.length));
}

const MISSING = Symbol('missing');

/** The value at a dotted path (`shares.basicInsurance`, `quarters.0.amount`, `$` for the result itself). */
export function valueAt(value: unknown, path: string): unknown {
  if (path === '$') return value;
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || current === undefined) return MISSING;
    const holder = Object(current) as Record<string, unknown>;
    if (!(key in holder)) return MISSING;
    current = holder[key];
  }
  return current;
}

/** As JSON shows it: amounts and decimals as their exact strings. */
function plain(value: unknown): unknown {
  if (value !== null && typeof value === 'object') return JSON.parse(JSON.stringify(value)) as unknown;
  return value;
}

/** Whether `actual` matches `expected`: objects partially (only the keys expected), arrays element by element. */
export function matches(expected: unknown, actual: unknown): boolean {
  if (expected !== null && typeof expected === 'object') {
    if (Array.isArray(expected)) {
      return (
        Array.isArray(actual) &&
        actual.length === expected.length &&
        expected.every((e, i) => matches(e, actual[i]))
      );
    }
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(
      ([k, v]) => Object.hasOwn(actual, k) && matches(v, (actual as Record<string, unknown>)[k]),
    );
  }
  return Object.is(expected, actual);
}

/** A value as a decimal; what is not a number is NaN, never within a tolerance. */
function decimalOf(value: unknown): Decimal {
  try {
    return new Decimal(String(value));
  } catch {
    return new Decimal(Number.NaN);
  }
}

function withinTolerance(expected: unknown, actual: unknown, tolerance: string | number): boolean {
  return decimalOf(actual).minus(decimalOf(expected)).abs().lte(decimalOf(tolerance));
}

/** Compares a result with a case's expectations: every expected path must exist and match. */
export function compareResult(c: SpecCase, result: unknown): CaseFailure[] {
  const failures: CaseFailure[] = [];
  for (const [path, expected] of Object.entries(c.expect ?? {})) {
    const found = valueAt(result, path);
    if (found === MISSING) {
      failures.push({ path, expected, actual: undefined, message: `${path}: no such path in the result` });
      continue;
    }
    const actual = plain(found);
    const tolerance = c.tolerance?.[path];
    const ok =
      tolerance === undefined ? matches(expected, actual) : withinTolerance(expected, actual, tolerance);
    if (!ok)
      failures.push({
        path,
        expected,
        actual,
        message: `${path}: expected ${show(expected)}, got ${show(actual)}`,
      });
  }
  return failures;
}

/** A value as a reader sees it in a failure message. */
export function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function refusalFailures(c: SpecCase, error: unknown): CaseFailure[] {
  if (!(error instanceof lib.PolicyInputError)) throw error;
  const expected = c.throws;
  if (expected === undefined) {
    return [
      {
        path: error.path,
        expected: 'a result',
        actual: error.message,
        message: `input refused: ${error.message}`,
      },
    ];
  }
  const failures: CaseFailure[] = [];
  const check = (key: string, want: string | undefined, got: string | undefined): void => {
    if (want !== undefined && want !== got) {
      failures.push({
        path: `throws.${key}`,
        expected: want,
        actual: got,
        message: `throws.${key}: expected ${show(want)}, got ${show(got)} (${error.message})`,
      });
    }
  };
  check('path', expected.path, error.path);
  check('ruleId', expected.ruleId, error.ruleId);
  // Stryker disable next-line OptionalChaining: a PolicyInputError always has at least one issue (its constructor adds one to an empty list)
  check('code', expected.code, error.issues[0]?.code);
  return failures;
}

/**
 * Runs a case. A refusal where a result was expected, or a result where a refusal was, is a failure; an error
 * other than a PolicyInputError (a bug, an unknown call) is thrown.
 */
export function runCase(c: SpecCase): CaseOutcome {
  let result: unknown;
  try {
    result = evaluateCase(c);
  } catch (error) {
    const failures = refusalFailures(c, error);
    return { passed: failures.length === 0, failures };
  }
  if (c.throws !== undefined) {
    const message = `expected a refusal at ${show(c.throws.path)}, got a result`;
    return { passed: false, failures: [{ path: 'throws', expected: c.throws, actual: 'a result', message }] };
  }
  const failures = compareResult(c, result);
  return { passed: failures.length === 0, failures };
}
