import type { Decimal } from 'decimal.js';
import { Dec, toDecimal, type DecimalLike } from './decimal.js';
import { refuse } from './errors.js';

/**
 * How to round a computed amount to the fen. The library's default is `halfUp` (四舍五入): 0.005 yuan
 * rounds to 0.01. A rule that rounds otherwise says so in its docs.
 */
export type RoundingMode = 'halfUp' | 'halfEven' | 'down' | 'up' | 'floor' | 'ceil';

const DECIMAL_ROUNDING: Readonly<Record<RoundingMode, Decimal.Rounding>> = Object.freeze({
  up: Dec.ROUND_UP,
  down: Dec.ROUND_DOWN,
  ceil: Dec.ROUND_CEIL,
  floor: Dec.ROUND_FLOOR,
  halfUp: Dec.ROUND_HALF_UP,
  halfEven: Dec.ROUND_HALF_EVEN,
});

/** The default rounding of money results: half up, to the fen. */
export const DEFAULT_ROUNDING: RoundingMode = 'halfUp';

/** Rounds a decimal to an integer with the given mode. */
export function roundToInteger(value: Decimal, mode: RoundingMode = DEFAULT_ROUNDING): Decimal {
  return value.toDecimalPlaces(0, DECIMAL_ROUNDING[mode]);
}

/** Anything {@link Money.of} accepts: a decimal string or number with at most two decimals, or a Money. */
export type MoneyLike = Money | DecimalLike;

/**
 * An amount of yuan, exact to the fen (0.01 yuan). Immutable; every operation returns a new Money.
 * Held as an integer number of fen in a decimal, so no binary floating point touches it.
 * Serializes to JSON as a string with two decimals (`"1234.50"`), which {@link Money.of} reads back.
 *
 * @example
 * ```ts
 * Money.of('100.10').plus('0.25').toString() //=> '100.35'
 * Money.of(10).times('0.333') //=> 3.33 (3.33 exactly, rounded half up from 3.33)
 * ```
 */
export class Money {
  /** Integer number of fen. */
  readonly #fen: Decimal;

  private constructor(fen: Decimal) {
    this.#fen = fen;
    Object.freeze(this);
  }

  /** Zero yuan. */
  static readonly ZERO: Money = new Money(new Dec(0));

  /**
   * An exact amount of yuan. Refuses (with a {@link PolicyInputError}) anything that is not a finite
   * decimal with at most two decimal places: an input amount is never rounded silently.
   */
  static of(value: MoneyLike, field = 'amount'): Money {
    if (value instanceof Money) return value;
    const d = toDecimal(value);
    if (d === undefined) return refuse('core.money', field, value, 'must be a finite decimal amount of yuan');
    if (d.decimalPlaces() > 2) {
      return refuse('core.money', field, value, 'must be exact to the fen (at most two decimal places)');
    }
    return new Money(d.times(100));
  }

  /** An amount from an integer number of fen. */
  static fromFen(fen: DecimalLike | bigint): Money {
    const d = toDecimal(typeof fen === 'bigint' ? fen.toString() : fen);
    if (d?.isInteger() !== true) return refuse('core.money', 'fen', fen, 'must be a whole number of fen');
    return new Money(d);
  }

  /** Rounds an exact yuan amount (any number of decimals) to the fen. */
  static round(yuanValue: DecimalLike, mode: RoundingMode = DEFAULT_ROUNDING): Money {
    const d = toDecimal(yuanValue);
    if (d === undefined)
      return refuse('core.money', 'amount', yuanValue, 'must be a finite decimal amount of yuan');
    return new Money(roundToInteger(d.times(100), mode));
  }

  /** The sum of some amounts (zero for none). */
  static sum(amounts: Iterable<MoneyLike>): Money {
    let total: Money = Money.ZERO;
    for (const a of amounts) total = total.plus(a);
    return total;
  }

  /** The smaller of two amounts. */
  static min(a: MoneyLike, b: MoneyLike): Money {
    const x = Money.of(a);
    const y = Money.of(b);
    return x.lte(y) ? x : y;
  }

  /** The larger of two amounts. */
  static max(a: MoneyLike, b: MoneyLike): Money {
    const x = Money.of(a);
    const y = Money.of(b);
    return x.gte(y) ? x : y;
  }

  /** Whether a value is a Money. */
  static isMoney(value: unknown): value is Money {
    return value instanceof Money;
  }

  /** The amount in yuan as an exact decimal. */
  toDecimal(): Decimal {
    return this.#fen.dividedBy(100);
  }

  /** The amount as an exact integer number of fen. */
  toFen(): Decimal {
    return this.#fen;
  }

  plus(other: MoneyLike): Money {
    return new Money(this.#fen.plus(Money.of(other).#fen));
  }

  minus(other: MoneyLike): Money {
    return new Money(this.#fen.minus(Money.of(other).#fen));
  }

  /** Multiplies by a factor (a rate, a count) and rounds the product to the fen. */
  times(factor: DecimalLike, mode: RoundingMode = DEFAULT_ROUNDING): Money {
    const f = toDecimal(factor);
    if (f === undefined) return refuse('core.money', 'factor', factor, 'must be a finite decimal');
    return new Money(roundToInteger(this.#fen.times(f), mode));
  }

  /** Divides by a positive divisor and rounds the quotient to the fen. */
  dividedBy(divisor: DecimalLike, mode: RoundingMode = DEFAULT_ROUNDING): Money {
    const d = toDecimal(divisor);
    if (d === undefined || d.isZero())
      return refuse('core.money', 'divisor', divisor, 'must be a non-zero decimal');
    return new Money(roundToInteger(this.#fen.dividedBy(d), mode));
  }

  /** The exact ratio of this amount to another (for example a reimbursement ratio). */
  ratioTo(whole: MoneyLike): Decimal {
    const w = Money.of(whole);
    if (w.isZero()) return refuse('core.money', 'whole', whole, 'cannot take a ratio to zero');
    return this.#fen.dividedBy(w.#fen);
  }

  negated(): Money {
    return new Money(this.#fen.negated());
  }

  /** This amount, or zero if it is negative. */
  clampAtZero(): Money {
    return this.isNegative() ? Money.ZERO : this;
  }

  compare(other: MoneyLike): -1 | 0 | 1 {
    return this.#fen.comparedTo(Money.of(other).#fen) as -1 | 0 | 1;
  }

  eq(other: MoneyLike): boolean {
    return this.compare(other) === 0;
  }
  lt(other: MoneyLike): boolean {
    return this.compare(other) < 0;
  }
  lte(other: MoneyLike): boolean {
    return this.compare(other) <= 0;
  }
  gt(other: MoneyLike): boolean {
    return this.compare(other) > 0;
  }
  gte(other: MoneyLike): boolean {
    return this.compare(other) >= 0;
  }
  isZero(): boolean {
    return this.#fen.isZero();
  }
  isNegative(): boolean {
    return this.#fen.isNegative() && !this.#fen.isZero();
  }
  isPositive(): boolean {
    return this.#fen.isPositive() && !this.#fen.isZero();
  }

  /**
   * Splits this amount by ratios so the parts sum exactly to it (largest remainder method): each part is
   * first rounded down to the fen, then the fen left over go one each to the parts with the largest
   * remainders (ties to the earlier part).
   *
   * @example
   * ```ts
   * Money.of('100').allocate([1, 1, 1]).map(String) //=> ['33.34', '33.33', '33.33']
   * ```
   */
  allocate(ratios: readonly DecimalLike[]): Money[] {
    const weights = ratios.map((r, index) => {
      const d = toDecimal(r);
      if (d === undefined || d.isNegative()) {
        return refuse('core.money', `ratios[${index}]`, r, 'must be a non-negative decimal');
      }
      return d;
    });
    const totalWeight = weights.reduce((sum, w) => sum.plus(w), new Dec(0));
    if (weights.length === 0 || totalWeight.isZero()) {
      return refuse('core.money', 'ratios', ratios, 'must have at least one positive ratio');
    }
    const sign = this.#fen.isNegative() ? -1 : 1;
    const whole = this.#fen.abs();
    const exact = weights.map((w) => whole.times(w).dividedBy(totalWeight));
    const floors = exact.map((e) => e.floor());
    let leftover = whole.minus(floors.reduce((s, f) => s.plus(f), new Dec(0))).toNumber();
    const order = exact
      .map((e, index) => ({ index, remainder: e.minus(floors[index] ?? 0) }))
      .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
    const parts = [...floors];
    for (const { index } of order) {
      if (leftover <= 0) break;
      parts[index] = (parts[index] ?? new Dec(0)).plus(1);
      leftover -= 1;
    }
    return parts.map((p) => new Money(p.times(sign)));
  }

  /** `"1234.50"`: two decimals, no grouping, `-` for negatives. */
  toString(): string {
    return this.toDecimal().toFixed(2);
  }

  /** Same as {@link toString}: JSON keeps the amount exactly. */
  toJSON(): string {
    return this.toString();
  }

  /** A number for display or charts only; never compute with it. */
  toNumber(): number {
    return this.toDecimal().toNumber();
  }

  /** `¥1,234.50`, for display. */
  format(): string {
    const [int = '0', frac = '00'] = this.toDecimal().abs().toFixed(2).split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
    return `${this.isNegative() ? '-' : ''}¥${grouped}.${frac}`;
  }
}

/** 1 亿元 = 100,000,000 yuan. */
export const YUAN_PER_YI = 100_000_000;

/**
 * Converts an amount in 亿元 (the unit of the plan's budget tables) to yuan, exactly. Any 亿元 figure with
 * up to 10 decimals is a whole number of fen, so nothing is rounded here.
 *
 * @example
 * ```ts
 * yiToYuan('963.97').toString() //=> '96397000000.00'
 * ```
 */
export function yiToYuan(yi: DecimalLike): Money {
  const d = toDecimal(yi);
  if (d === undefined) return refuse('core.money', 'yi', yi, 'must be a finite decimal amount in 亿元');
  const fen = d.times(YUAN_PER_YI).times(100);
  if (!fen.isInteger())
    return refuse('core.money', 'yi', yi, 'is finer than one fen (more than 10 decimals)');
  return Money.fromFen(fen);
}

/** Converts yuan to 亿元, exactly (a decimal, not rounded). */
export function yuanToYi(amount: MoneyLike): Decimal {
  return Money.of(amount).toDecimal().dividedBy(YUAN_PER_YI);
}
