import type { Decimal } from 'decimal.js';
import { Dec, readDecimal, type DecimalLike } from './decimal.js';
import { refuse } from './errors.js';

/**
 * A rate as an exact decimal fraction in [0, 1] (0.65 is 65%). Plain decimal.js values: they serialize to
 * JSON as strings (`"0.65"`) without loss.
 */
export type Rate = Decimal;

/**
 * An exact rate in [0, 1]. Refuses anything else with a {@link PolicyInputError}.
 *
 * @example
 * ```ts
 * rate('0.65').toString() //=> '0.65'
 * ```
 */
export function rate(value: DecimalLike, field = 'rate'): Rate {
  const d = readDecimal(value);
  if (typeof d === 'string') return refuse('core.rate', field, value, d);
  if (d.lt(0) || d.gt(1)) return refuse('core.rate', field, value, 'must lie in [0, 1] (0.65 for 65%)');
  return d;
}

/** A number of percentage points (百分点) as a fraction: 5 pp is 0.05. */
export function percentagePoints(points: DecimalLike): Decimal {
  const d = readDecimal(points);
  if (typeof d === 'string') return refuse('core.rate', 'percentagePoints', points, d);
  return d.dividedBy(100);
}

/**
 * Raises a rate by some percentage points and caps the result at 1 (nobody is reimbursed more than the
 * cost): 0.60 + 5 pp is 0.65; 0.98 + 5 pp is 1. A negative number of points lowers the rate, floored at 0.
 *
 * @example
 * ```ts
 * upliftRate('0.6', 5).toString() //=> '0.65'
 * upliftRate('0.98', 5).toString() //=> '1'
 * ```
 */
export function upliftRate(base: DecimalLike, points: DecimalLike): Rate {
  const raised = rate(base, 'base').plus(percentagePoints(points));
  return Dec.max(0, Dec.min(1, raised));
}

/** A rate as a percentage for display: `0.655` → `'65.5%'`. */
export function formatPercent(value: DecimalLike, decimals?: number): string {
  const d = readDecimal(value);
  if (typeof d === 'string') return refuse('core.rate', 'rate', value, d);
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 20)) {
    return refuse('core.rate', 'decimals', decimals, 'must be a whole number of decimals from 0 to 20');
  }
  // toFixed() without decimals is the exact value in plain notation, the same text as toString(): an accepted
  // value's exponent lies within ±MAX_DECIMAL_EXPONENT, a percentage's within −18…22, inside Dec's −40…60.
  return `${d.times(100).toFixed(decimals)}%`;
}
