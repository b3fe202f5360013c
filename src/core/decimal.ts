import { Decimal } from 'decimal.js';

/**
 * The decimal constructor this library computes with: a private clone of decimal.js so that callers'
 * own Decimal settings are neither read nor changed. 50 significant digits is far more than any amount in
 * the plan needs (the largest, 963.97 亿元, is 11 digits in fen); exponent notation is off for every
 * value we print, so `toString()` and `toJSON()` give plain decimals.
 */
export const Dec = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 60,
});

/** An exact decimal value (a decimal.js instance). Serializes to JSON as a string, without loss. */
export type DecimalValue = Decimal;

/** What functions accept where they want an exact decimal: a decimal string, a finite number or a Decimal. */
export type DecimalLike = string | number | Decimal;

/**
 * Converts to an exact decimal. A number goes through its shortest round-trip string (`0.1` is 0.1
 * exactly, not 0.1000000000000000055…), which is what a person who typed it meant.
 * Returns undefined for anything that is not a finite decimal.
 */
export function toDecimal(value: unknown): Decimal | undefined {
  if (Decimal.isDecimal(value)) {
    const d = new Dec(value);
    return d.isFinite() ? d : undefined;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? new Dec(String(value)) : undefined;
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/u.test(trimmed)) return undefined;
    return new Dec(trimmed);
  }
  return undefined;
}

export { Decimal };
