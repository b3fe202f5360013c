import type { Decimal } from 'decimal.js';
import { Dec, readDecimal, toDecimal, WideDec, type DecimalLike } from './decimal.js';
import { refuse } from './errors.js';
import { MAX_ALLOCATION_PARTS, MAX_MONEY_YUAN, MAX_SUM_TERMS } from './limits.js';

/**
 * How to round a computed amount to the fen. The library's default is `halfUp` (四舍五入): 0.005 yuan
 * rounds to 0.01. A rule that rounds otherwise says so in its docs. Any other value (`'halfeven'`,
 * `'toString'`) is refused with a {@link PolicyInputError}.
 */
export type RoundingMode = 'halfUp' | 'halfEven' | 'down' | 'up' | 'floor' | 'ceil';

const DECIMAL_ROUNDING: Readonly<Record<RoundingMode, Decimal.Rounding>> = /* @__PURE__ */ Object.freeze({
  up: Dec.ROUND_UP,
  down: Dec.ROUND_DOWN,
  ceil: Dec.ROUND_CEIL,
  floor: Dec.ROUND_FLOOR,
  halfUp: Dec.ROUND_HALF_UP,
  halfEven: Dec.ROUND_HALF_EVEN,
});

/** The default rounding of money results: half up, to the fen. */
export const DEFAULT_ROUNDING: RoundingMode = 'halfUp';

/** The decimal.js rounding of a mode; refuses anything that is not a {@link RoundingMode}. */
function roundingOf(mode: unknown): Decimal.Rounding {
  if (typeof mode === 'string' && Object.hasOwn(DECIMAL_ROUNDING, mode)) {
    return DECIMAL_ROUNDING[mode as RoundingMode];
  }
  return refuse(
    'core.money',
    'mode',
    mode,
    `must be a rounding mode: ${Object.keys(DECIMAL_ROUNDING).join(', ')}`,
    'invalid_rounding_mode',
  );
}

/** Rounds a decimal to an integer with the given mode. */
export function roundToInteger(value: Decimal, mode: RoundingMode = DEFAULT_ROUNDING): Decimal {
  return new Dec(value).toDecimalPlaces(0, roundingOf(mode));
}

/** Anything {@link Money.of} accepts: a decimal string or number with at most two decimals, or a Money. */
export type MoneyLike = Money | DecimalLike;

const MAX_FEN = new Dec(MAX_MONEY_YUAN).times(100);
const TOO_BIG = `is larger than MAX_MONEY_YUAN (${MAX_MONEY_YUAN} yuan) in size`;
const NOT_AMOUNT = 'must be a finite decimal amount of yuan';

/** A frozen copy of a decimal: nothing reachable from a Money can be changed. */
function frozenDecimal(d: Decimal): Decimal {
  const copy = new Dec(d);
  Object.freeze((copy as unknown as { d: unknown }).d);
  return Object.freeze(copy);
}

/**
 * Whether a value has no iterator to read amounts from: a string (its characters are no amounts), an array
 * whose iterator was removed, null or undefined (reading their iterator throws), or a getter that throws.
 */
function lacksIterator(value: unknown): boolean {
  if (typeof value === 'string') return true;
  try {
    return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function';
  } catch {
    return true;
  }
}

function tooManyTerms(amounts: unknown): never {
  return refuse(
    'core.money',
    'amounts',
    amounts,
    `has more than MAX_SUM_TERMS (${MAX_SUM_TERMS}) amounts`,
    'too_big',
  );
}

let readMoneyImpl: (value: unknown) => Money | string = () => NOT_AMOUNT;

/**
 * An amount, or the reason {@link Money.of} would refuse it; never throws. Lets a zod schema report a
 * bad amount as an issue of its own field (not exported from the package).
 */
export function readMoney(value: unknown): Money | string {
  return readMoneyImpl(value);
}

/**
 * An amount of yuan, exact to the fen (0.01 yuan). Immutable (deeply: no decimal reachable from it can
 * be changed); every operation returns a new Money. Held as an integer number of fen in a decimal, so no
 * binary floating point touches it. Serializes to JSON as a string with two decimals (`"1234.50"`), which
 * {@link Money.of} reads back. Amounts and results beyond ±{@link MAX_MONEY_YUAN} are refused.
 *
 * @example
 * ```ts
 * Money.of('100.10').plus('0.25').toString() //=> '100.35'
 * Money.of(10).times('0.333') //=> 3.33 (3.33 exactly, rounded half up from 3.33)
 * ```
 */
export class Money {
  /** Integer number of fen, frozen. */
  readonly #fen: Decimal;

  private constructor(fen: Decimal) {
    this.#fen = frozenDecimal(fen.isZero() ? new Dec(0) : fen);
    Object.freeze(this);
  }

  /** A result of arithmetic, refused if it exceeds {@link MAX_MONEY_YUAN}. */
  static #result(fen: Decimal, field = 'result'): Money {
    if (fen.abs().gt(MAX_FEN)) {
      return refuse('core.money', field, fen.dividedBy(100).toString(), TOO_BIG, 'too_big');
    }
    return new Money(fen);
  }

  /** The fen of an amount, or why it is not one. */
  static #readFen(value: unknown): Decimal | string {
    if (Money.isMoney(value)) return value.#fen;
    const d = readDecimal(value);
    if (typeof d === 'string') return typeof value === 'string' || typeof value === 'number' ? d : NOT_AMOUNT;
    if (d.decimalPlaces() > 2) return 'must be exact to the fen (at most two decimal places)';
    const fen = d.times(100);
    return fen.abs().gt(MAX_FEN) ? TOO_BIG : fen;
  }

  /** Zero yuan. */
  static readonly ZERO: Money = new Money(new Dec(0));

  /**
   * An exact amount of yuan. Refuses (with a {@link PolicyInputError}) anything that is not a finite
   * decimal with at most two decimal places within ±{@link MAX_MONEY_YUAN}: an input amount is never
   * rounded silently.
   */
  static of(value: MoneyLike, field = 'amount'): Money {
    if (Money.isMoney(value)) return value;
    const fen = Money.#readFen(value);
    if (typeof fen === 'string') return refuse('core.money', field, value, fen);
    return new Money(fen);
  }

  static {
    readMoneyImpl = (value) => {
      if (Money.isMoney(value)) return value;
      const fen = Money.#readFen(value);
      return typeof fen === 'string' ? fen : new Money(fen);
    };
  }

  /** An amount from an integer number of fen. */
  static fromFen(fen: DecimalLike | bigint): Money {
    if (typeof fen === 'bigint') {
      const limit = BigInt(MAX_MONEY_YUAN) * 100n;
      if (fen > limit || fen < -limit) return refuse('core.money', 'fen', fen, TOO_BIG, 'too_big');
    }
    const d = toDecimal(typeof fen === 'bigint' ? fen.toString() : fen);
    if (d?.isInteger() !== true) return refuse('core.money', 'fen', fen, 'must be a whole number of fen');
    return Money.#result(d, 'fen');
  }

  /** Rounds an exact yuan amount (any number of decimals) to the fen. */
  static round(yuanValue: DecimalLike, mode: RoundingMode = DEFAULT_ROUNDING): Money {
    const rounding = roundingOf(mode);
    const d = readDecimal(yuanValue);
    if (typeof d === 'string') return refuse('core.money', 'amount', yuanValue, d);
    return Money.#result(d.times(100).toDecimalPlaces(0, rounding), 'amount');
  }

  /**
   * The sum of some amounts (zero for none): an array or other iterable of at most
   * {@link MAX_SUM_TERMS} amounts.
   */
  static sum(amounts: Iterable<MoneyLike>): Money {
    if (lacksIterator(amounts)) {
      return refuse('core.money', 'amounts', amounts, 'must be an array (or iterable) of amounts');
    }
    if (Array.isArray(amounts) && amounts.length > MAX_SUM_TERMS) return tooManyTerms(amounts);
    let total = new Dec(0);
    let index = 0;
    for (const a of amounts) {
      if (index >= MAX_SUM_TERMS) return tooManyTerms(amounts);
      const fen = Money.#readFen(a);
      if (typeof fen === 'string') return refuse('core.money', `amounts[${index}]`, a, fen);
      total = total.plus(fen);
      index += 1;
    }
    return Money.#result(total);
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
    // A brand check, not instanceof: a Proxy of a Money (or an object with Money's prototype) is not one.
    return typeof value === 'object' && value !== null && #fen in value;
  }

  /** The amount in yuan as an exact decimal (a fresh copy: changing it changes nothing here). */
  toDecimal(): Decimal {
    return this.#fen.dividedBy(100);
  }

  /** The amount as an exact integer number of fen (a fresh copy). */
  toFen(): Decimal {
    return new Dec(this.#fen);
  }

  #other(other: unknown, field: string): Decimal {
    const fen = Money.#readFen(other);
    return typeof fen === 'string' ? refuse('core.money', field, other, fen) : fen;
  }

  plus(other: MoneyLike): Money {
    return Money.#result(this.#fen.plus(this.#other(other, 'amount')));
  }

  minus(other: MoneyLike): Money {
    return Money.#result(this.#fen.minus(this.#other(other, 'amount')));
  }

  /** Multiplies by a factor (a rate, a count) and rounds the product to the fen. */
  times(factor: DecimalLike, mode: RoundingMode = DEFAULT_ROUNDING): Money {
    const rounding = roundingOf(mode);
    const f = readDecimal(factor);
    if (typeof f === 'string') return refuse('core.money', 'factor', factor, f);
    return Money.#result(new Dec(new WideDec(this.#fen).times(f).toDecimalPlaces(0, rounding)));
  }

  /** Divides by a non-zero divisor and rounds the quotient to the fen. */
  dividedBy(divisor: DecimalLike, mode: RoundingMode = DEFAULT_ROUNDING): Money {
    const rounding = roundingOf(mode);
    const d = readDecimal(divisor);
    if (typeof d === 'string' || d.isZero())
      return refuse(
        'core.money',
        'divisor',
        divisor,
        typeof d === 'string' ? d : 'must be a non-zero decimal',
      );
    return Money.#result(new Dec(new WideDec(this.#fen).dividedBy(d).toDecimalPlaces(0, rounding)));
  }

  /** The exact ratio of this amount to another (for example a reimbursement ratio). */
  ratioTo(whole: MoneyLike): Decimal {
    const w = this.#other(whole, 'whole');
    if (w.isZero()) return refuse('core.money', 'whole', whole, 'cannot take a ratio to zero');
    return this.#fen.dividedBy(w);
  }

  negated(): Money {
    return new Money(this.#fen.negated());
  }

  /** This amount, or zero if it is negative. */
  clampAtZero(): Money {
    return this.isNegative() ? Money.ZERO : this;
  }

  compare(other: MoneyLike): -1 | 0 | 1 {
    return this.#fen.comparedTo(this.#other(other, 'amount')) as -1 | 0 | 1;
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
    // The fen are never -0 (the constructor stores zero as +0), so only an amount below zero is negative.
    return this.#fen.isNegative();
  }
  isPositive(): boolean {
    return this.#fen.isPositive() && !this.#fen.isZero();
  }

  /**
   * Splits this amount by ratios so the parts sum exactly to it (largest remainder method): each part is
   * first rounded down to the fen, then the fen left over go one each to the parts with the largest
   * remainders (ties to the earlier part). At most {@link MAX_ALLOCATION_PARTS} ratios; computed in exact
   * integers.
   *
   * @example
   * ```ts
   * Money.of('100').allocate([1, 1, 1]).map(String) //=> ['33.34', '33.33', '33.33']
   * ```
   */
  allocate(ratios: readonly DecimalLike[]): Money[] {
    const weights = allocationWeights(ratios);
    const total = weights.reduce((sum, w) => sum + w, 0n);
    // No ratios at all sum to zero too.
    if (total === 0n) {
      return refuse('core.money', 'ratios', ratios, 'must have at least one positive ratio');
    }
    const negative = this.#fen.isNegative();
    const whole = BigInt(this.#fen.abs().toFixed(0));
    const floors = weights.map((w) => (whole * w) / total);
    let leftover = whole - floors.reduce((sum, f) => sum + f, 0n);
    const order = weights
      .map((w, index) => ({ index, remainder: (whole * w) % total }))
      // Largest remainder first; equal remainders keep their order (Array.prototype.sort is stable).
      .sort((a, b) => Number(b.remainder - a.remainder));
    const parts = [...floors];
    for (const { index } of order) {
      if (leftover <= 0n) break;
      parts[index] = (parts[index] ?? 0n) + 1n;
      leftover -= 1n;
    }
    return parts.map((p) => new Money(new Dec((negative ? -p : p).toString())));
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
    // A comma before each group of three digits that ends at the decimal point.
    const grouped = this.toDecimal()
      .abs()
      .toFixed(2)
      .replace(/\B(?=(\d{3})+\.)/gu, ',');
    return `${this.isNegative() ? '-' : ''}¥${grouped}`;
  }
}

/** The ratios of {@link Money.allocate} as integers on one scale (exact), or a refusal. */
function allocationWeights(ratios: unknown): bigint[] {
  if (!Array.isArray(ratios)) return refuse('core.money', 'ratios', ratios, 'must be an array of ratios');
  const count: number = ratios.length;
  if (count > MAX_ALLOCATION_PARTS) {
    return refuse(
      'core.money',
      'ratios',
      ratios,
      `has more than MAX_ALLOCATION_PARTS (${MAX_ALLOCATION_PARTS}) ratios`,
      'too_big',
    );
  }
  const decimals: Decimal[] = [];
  for (let index = 0; index < count; index += 1) {
    const r: unknown = ratios[index];
    const d = readDecimal(r);
    if (typeof d === 'string' || d.isNegative()) {
      return refuse('core.money', `ratios[${index}]`, r, typeof d === 'string' ? d : 'must not be negative');
    }
    decimals.push(d);
  }
  const places = decimals.reduce((max, d) => Math.max(max, d.decimalPlaces()), 0);
  return decimals.map((d) => BigInt(d.times(new Dec(10).pow(places)).toFixed(0)));
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
  const d = readDecimal(yi);
  if (typeof d === 'string') return refuse('core.money', 'yi', yi, d);
  const fen = d.times(YUAN_PER_YI).times(100);
  if (!fen.isInteger())
    return refuse('core.money', 'yi', yi, 'is finer than one fen (more than 10 decimals)');
  if (fen.abs().gt(MAX_FEN)) return refuse('core.money', 'yi', yi, TOO_BIG, 'too_big');
  return Money.fromFen(fen);
}

/** Converts yuan to 亿元, exactly (a decimal, not rounded). */
export function yuanToYi(amount: MoneyLike): Decimal {
  return Money.of(amount).toDecimal().dividedBy(YUAN_PER_YI);
}
