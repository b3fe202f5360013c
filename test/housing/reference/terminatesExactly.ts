import { Dec, type DecimalValue } from '../../../src/core/decimal.js';

/**
 * Test-only reference: `terminatesExactly` of src/housing/programme.ts before issue 15 simplified it (it scaled
 * both operands to integers first and answered a zero numerator early). The property test checks old == new.
 */
function gcd(a: DecimalValue, b: DecimalValue): DecimalValue {
  let x = a.abs();
  let y = b.abs();
  while (!y.isZero()) [x, y] = [y, x.mod(y)];
  return x;
}

export function referenceTerminatesExactly(numerator: DecimalValue, denominator: DecimalValue): boolean {
  if (numerator.isZero()) return true;
  const scale = new Dec(10).pow(Math.max(numerator.decimalPlaces(), denominator.decimalPlaces()));
  let d = denominator.times(scale).dividedBy(gcd(numerator.times(scale), denominator.times(scale)));
  for (const p of [2, 5]) while (d.mod(p).isZero()) d = d.dividedBy(p);
  return d.eq(1);
}
