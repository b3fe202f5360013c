/** The contract one fuzzed call must keep (shared by fuzz.test.ts and perturb.test.ts). */
import { Decimal } from 'decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { Money } from '../../src/core/money.js';

/** Per-call time limit in ms (FUZZ_TIME_LIMIT_MS, default 200). */
export const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_LIMIT_MS ?? 200);

/** A reason the result is not acceptable, or undefined. Walks at most 20,000 nodes. */
function badResult(result: unknown): string | undefined {
  const seen = new Set<unknown>();
  const stack: [unknown, string][] = [[result, 'result']];
  let visited = 0;
  for (let next = stack.pop(); next !== undefined && visited < 20_000; next = stack.pop()) {
    const [value, path] = next;
    visited += 1;
    if (typeof value === 'number' && !Number.isFinite(value)) return `${path} is ${value}`;
    if (typeof value === 'string' && /\bNaN\b|Infinity/u.test(value))
      return `${path} says ${value.slice(0, 80)}`;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Decimal.isDecimal(value)) {
      if (!value.isFinite()) return `${path} is a non-finite Decimal`;
      continue;
    }
    if (Money.isMoney(value)) {
      if (/NaN|Infinity/u.test(value.toString())) return `${path} is ${value.toString()}`;
      continue;
    }
    for (const [key, child] of Object.entries(value)) stack.push([child, `${path}.${key}`]);
  }
  return undefined;
}

const protoKeys = (o: object): string => Reflect.ownKeys(o).map(String).sort().join(',');
const OBJECT_PROTO = protoKeys(Object.prototype);
const ARRAY_PROTO = protoKeys(Array.prototype);

function timed(call: () => unknown): { ms: number; result?: unknown; error?: unknown } {
  const start = performance.now();
  try {
    const result = call();
    return { ms: performance.now() - start, result };
  } catch (error) {
    return { ms: performance.now() - start, error };
  }
}

function describeArgs(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string')
        return a.length > 40 ? `"${a.slice(0, 20)}…" (${a.length} chars)` : JSON.stringify(a);
      if (Array.isArray(a)) return `[array of ${a.length}]`;
      if (typeof a === 'bigint') return `${a}n`;
      return Object.prototype.toString.call(a);
    })
    .join(', ');
}

/** Runs one call and fails (throws) on any breach of the contract. */
let callCount = 0;

/** Calls checked so far in this file (retries of slow calls not counted). */
export function calls(): number {
  return callCount;
}

export function check(
  name: string,
  call: (args: readonly unknown[]) => unknown,
  args: readonly unknown[],
): void {
  callCount += 1;
  let outcome = timed(() => call(args));
  // Twice more if slow: on a busy machine (other tests, a GC pause) one call may be late by chance.
  for (let retry = 0; retry < 2 && outcome.ms > TIME_LIMIT_MS; retry += 1) outcome = timed(() => call(args));
  const where = `${name}(${describeArgs(args)})`;
  if (outcome.ms > TIME_LIMIT_MS)
    throw new Error(`${where} took ${outcome.ms.toFixed(0)} ms (> ${TIME_LIMIT_MS})`);
  if (protoKeys(Object.prototype) !== OBJECT_PROTO || protoKeys(Array.prototype) !== ARRAY_PROTO) {
    throw new Error(`${where} changed Object.prototype or Array.prototype`);
  }
  if ('error' in outcome) {
    const error = outcome.error;
    if (!(error instanceof PolicyInputError)) {
      const { name: kind, message } =
        error instanceof Error ? error : { name: typeof error, message: String(error) };
      throw new Error(`${where} threw ${kind}: ${message}`, {
        cause: error,
      });
    }
    if (!/^[a-z]+\.[A-Za-z0-9]+$/u.test(error.ruleId) || error.issues.length === 0) {
      throw new Error(`${where} threw a PolicyInputError without a rule id or issues`);
    }
    return;
  }
  const bad = badResult(outcome.result);
  if (bad !== undefined) throw new Error(`${where}: ${bad}`);
}
