import { Decimal } from './decimal.js';
import { refuse } from './errors.js';
import { deepFreeze } from './freeze.js';
import type { Evaluation, EvaluationOptions, ParamOverrides } from './evaluation.js';
import { Money } from './money.js';

/** A reform to try against the plan: parameter overrides and, optionally, other readings. */
export interface Reform {
  /** A name for reports (`'uplift at 10 pp'`). */
  readonly name?: string;
  readonly overrides?: ParamOverrides;
  readonly readings?: Readonly<Record<string, string>>;
}

/** One figure that differs between the plan and the reform. */
export interface ReformChange {
  /** Dotted path of the figure in the result (`shares.basicInsurance`, `compliant`). */
  readonly path: string;
  readonly plan: string | number | boolean | null;
  readonly reform: string | number | boolean | null;
  /** Reform − plan, for money and decimals (as a string); null otherwise. */
  readonly difference: string | null;
}

/** The same case under the plan and under a reform, side by side. */
export interface ReformComparison<R> {
  readonly name: string | null;
  readonly plan: R;
  readonly reform: R;
  /** Every figure that differs (the envelope and trace aside), in result order. */
  readonly changes: readonly ReformChange[];
}

const ENVELOPE_KEYS = new Set(['ruleId', 'date', 'regime', 'citations', 'readings', 'params', 'trace']);
const MAX_DEPTH = 8;

type Leaf = string | number | boolean | null;

function leaf(value: unknown): { shown: Leaf; decimal: Decimal | null } | undefined {
  if (Money.isMoney(value)) return { shown: value.toString(), decimal: value.toDecimal() };
  if (Decimal.isDecimal(value)) return { shown: value.toString(), decimal: value };
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
    return { shown: value as Leaf, decimal: null };
  }
  return undefined;
}

/** An object or array to descend into. null never reaches this test: it is a leaf, compared before. */
function isBranch(value: unknown): value is object {
  return typeof value === 'object';
}

function collect(plan: unknown, reform: unknown, path: string, depth: number, out: ReformChange[]): void {
  const a = leaf(plan);
  const b = leaf(reform);
  if (a !== undefined || b !== undefined) {
    if (a?.shown === b?.shown) return;
    const difference =
      a?.decimal != null && b?.decimal != null ? b.decimal.minus(a.decimal).toString() : null;
    const shown = (x: typeof a): Leaf => (x === undefined ? null : x.shown);
    out.push(Object.freeze({ path, plan: shown(a), reform: shown(b), difference }));
    return;
  }
  if (depth >= MAX_DEPTH || !isBranch(plan) || !isBranch(reform)) return;
  const keys = new Set([...Object.keys(plan), ...Object.keys(reform)]);
  for (const key of keys) {
    if (depth === 0 && ENVELOPE_KEYS.has(key)) continue;
    const child = Array.isArray(plan) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
    collect(
      (plan as Record<string, unknown>)[key],
      (reform as Record<string, unknown>)[key],
      child,
      depth + 1,
      out,
    );
  }
}

/**
 * Runs one case under the plan and under a reform, and lists what changed: OpenFisca's reforms and
 * PolicyEngine's comparisons, for this package's functions. `run` evaluates the case with the options it is
 * given (pass them on to the rule); the reform's overrides and readings are added to `options`. The rule
 * validates the overrides (only its own parameters, each by its unit).
 *
 * @example
 * ```ts
 * const c = compareReform((o) => checkHousePlan({ registeredPeople: 3, plannedAreaM2: '80' }, o),
 *   { name: 'cap at 30 m²', overrides: { 'housing.areaCapPerPerson': '30' } });
 * c.plan.compliant   //=> false (3 × 25 = 75 < 80)
 * c.reform.compliant //=> true  (3 × 30 = 90)
 * ```
 */
export function compareReform<R extends Evaluation>(
  run: (options: EvaluationOptions) => R,
  reform: Reform,
  options: EvaluationOptions = {},
): ReformComparison<R> {
  if (typeof (run as unknown) !== 'function')
    return refuse('core.reform', 'run', run, 'must be a function of the options');
  if ((reform as unknown) === null || typeof (reform as unknown) !== 'object') {
    return refuse('core.reform', 'reform', reform, 'must be a reform object ({ overrides, readings, name })');
  }
  if (reform.name !== undefined && typeof reform.name !== 'string') {
    refuse('core.reform', 'reform.name', reform.name, 'must be a string');
  }
  if ((options as unknown) === null || typeof (options as unknown) !== 'object') {
    return refuse('core.reform', 'options', options, 'must be an options object');
  }
  const plan = run(options);
  const reformed = run({
    ...options,
    overrides: { ...(options.overrides ?? {}), ...(reform.overrides ?? {}) },
    readings: { ...(options.readings ?? {}), ...(reform.readings ?? {}) },
  });
  const changes: ReformChange[] = [];
  collect(plan, reformed, '', 0, changes);
  return deepFreeze({ name: reform.name ?? null, plan, reform: reformed, changes });
}
