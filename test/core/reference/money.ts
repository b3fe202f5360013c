/**
 * Money.format and Money.allocate as they were before the mutation work of issue 15 (test-only references:
 * test/core/money-reference.property.test.ts checks that today's versions give the same output).
 */
import { Dec } from '../../../src/core/decimal.js';
import type { Money } from '../../../src/core/money.js';

/** The old `format`: split at the point, group the integer part with a lookahead. */
export function formatBefore(m: Money): string {
  const [int = '0', frac = '00'] = m.toDecimal().abs().toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return `${m.isNegative() ? '-' : ''}¥${grouped}.${frac}`;
}

/** The old `allocate` (integer ratios only), with its explicit tie-break by index, in fen. */
export function allocateBefore(m: Money, ratios: readonly number[]): string[] {
  const weights = ratios.map((r) => BigInt(r));
  const total = weights.reduce((sum, w) => sum + w, 0n);
  const negative = m.isNegative();
  const whole = BigInt(m.toFen().abs().toFixed(0));
  const floors = weights.map((w) => (whole * w) / total);
  let leftover = whole - floors.reduce((sum, f) => sum + f, 0n);
  const order = weights
    .map((w, index) => ({ index, remainder: (whole * w) % total }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const parts = [...floors];
  for (const { index } of order) {
    if (leftover <= 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return parts.map((p) => new Dec((negative ? -p : p).toString()).dividedBy(100).toFixed(2));
}
