import { Decimal } from 'decimal.js';
import { MAX_DECIMAL_EXPONENT, MAX_DECIMAL_LENGTH, MAX_SIGNIFICANT_DIGITS } from './limits.js';

/**
 * The decimal constructor this library computes with: a private clone of decimal.js so that callers'
 * own Decimal settings are neither read nor changed. 50 significant digits ({@link MAX_SIGNIFICANT_DIGITS}:
 * every accepted decimal is held exactly). Exponent notation is off for every value we print, so
 * `toString()` and `toJSON()` give plain decimals.
 */
export const Dec = Decimal.clone({
  precision: MAX_SIGNIFICANT_DIGITS,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 60,
});

/** An exact decimal value (a decimal.js instance). Serializes to JSON as a string, without loss. */
export type DecimalValue = Decimal;

/**
 * A wider decimal for the products and quotients of money arithmetic: an amount in fen (at most 18 digits)
 * times a 50-digit factor is exact at 120 digits, and a quotient is known far enough to round it
 * correctly, so rounding to the fen happens once, on the exact value.
 */
export const WideDec = Decimal.clone({
  precision: 120,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 60,
});

/** What functions accept where they want an exact decimal: a decimal string, a finite number or a Decimal. */
export type DecimalLike = string | number | Decimal;

const DECIMAL_PATTERN = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/u;
const LIMB_BASE = 1e7;
const MAX_LIMBS = Math.ceil(MAX_SIGNIFICANT_DIGITS / 7) + 2;

/** Why a value is not an accepted decimal, or the decimal: the one reader behind {@link toDecimal}. */
export function readDecimal(value: unknown): Decimal | string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'must be a finite decimal (not NaN or Infinity)';
    // String(-0) is '0': minus zero reads as zero.
    return checkRange(new Dec(String(value)));
  }
  if (typeof value === 'string') return readDecimalString(value);
  if (value instanceof Decimal) return readDecimalInstance(value);
  return 'must be a finite decimal (a decimal string, a number or a decimal.js Decimal)';
}

function readDecimalString(value: string): Decimal | string {
  if (value.length > MAX_DECIMAL_LENGTH) {
    return `is longer than MAX_DECIMAL_LENGTH (${MAX_DECIMAL_LENGTH} characters)`;
  }
  const trimmed = value.trim();
  if (!DECIMAL_PATTERN.test(trimmed)) return 'must be a finite decimal such as "1234.5"';
  const exponent = /[eE]([-+]?\d+)/u.exec(trimmed)?.[1];
  // An exponent beyond any accepted magnitude (`1e99999999999999`) is refused before decimal.js reads it (as
  // Infinity, or as zero for `1e-99999999999999999`). No exponent: Number(undefined) is NaN, never > 1000.
  // Stryker disable next-line EqualityOperator: `>= 1000` is equivalent, 1e±1000 is out of range either way (decimal.js reads it finitely and checkRange refuses it with the same message); `<= 1000` would refuse every plain decimal (tests kill it)
  if (Math.abs(Number(exponent)) > 1000) return outOfRange();
  return checkRange(new Dec(trimmed));
}

/**
 * A real decimal.js instance (of this package's decimal.js): its fields are read once each, checked, and
 * copied into a fresh decimal, so neither a tampered digit array nor a getter changing between reads can
 * reach a computation.
 */
function readDecimalInstance(value: Decimal): Decimal | string {
  const invalid = 'must be a finite decimal (this Decimal is not a valid decimal.js value)';
  try {
    const { s, e, d } = value as unknown as { s: unknown; e: unknown; d: unknown };
    if (s !== 1 && s !== -1) return invalid;
    if (!isInteger(e)) return invalid;
    if (!Array.isArray(d)) return invalid;
    const length: unknown = d.length;
    if (typeof length !== 'number' || length < 1 || length > MAX_LIMBS) {
      return length === 0 || typeof length !== 'number' ? invalid : tooManyDigits();
    }
    const limbs: number[] = [];
    for (let i = 0; i < length; i += 1) {
      const limb: unknown = d[i];
      if (!isInteger(limb) || limb < 0 || limb >= LIMB_BASE) return invalid;
      limbs.push(limb);
    }
    const digits = limbs.map((limb, i) => (i === 0 ? String(limb) : String(limb).padStart(7, '0'))).join('');
    if (digits === '0') return new Dec(0);
    if (limbs[0] === 0) return invalid;
    return readDecimalString(`${s === -1 ? '-' : ''}${digits}e${e - digits.length + 1}`);
  } catch {
    return invalid;
  }
}

/** Number.isInteger as a type guard: false for anything that is not a number. */
function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

function outOfRange(): string {
  return `must lie within ±10^${MAX_DECIMAL_EXPONENT + 1} and be zero or at least 10^-${MAX_DECIMAL_EXPONENT} in size (MAX_DECIMAL_EXPONENT)`;
}

function tooManyDigits(): string {
  return `has more than MAX_SIGNIFICANT_DIGITS (${MAX_SIGNIFICANT_DIGITS}) significant digits`;
}

/**
 * The decimal if it is within range. It is finite: a number was checked by Number.isFinite, and a string has at
 * most MAX_DECIMAL_LENGTH characters and an exponent within ±1000.
 */
function checkRange(d: Decimal): Decimal | string {
  if (d.isZero()) return new Dec(0);
  if (d.e > MAX_DECIMAL_EXPONENT || d.e < -MAX_DECIMAL_EXPONENT) return outOfRange();
  if (d.precision() > MAX_SIGNIFICANT_DIGITS) return tooManyDigits();
  return d;
}

/**
 * Converts to an exact decimal. A number goes through its shortest round-trip string (`0.1` is 0.1
 * exactly, not 0.1000000000000000055…), which is what a person who typed it meant.
 * Returns undefined for anything that is not a finite decimal within the library's limits
 * ({@link MAX_DECIMAL_LENGTH}, {@link MAX_SIGNIFICANT_DIGITS}, {@link MAX_DECIMAL_EXPONENT}); a Decimal is
 * accepted only if it is a real instance of this package's decimal.js (never an object that merely looks
 * like one), and is copied. `-0` is read as 0.
 */
export function toDecimal(value: unknown): Decimal | undefined {
  const d = readDecimal(value);
  return typeof d === 'string' ? undefined : d;
}

export { Decimal };
