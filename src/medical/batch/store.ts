/* eslint-disable @typescript-eslint/no-non-null-assertion -- every index read below is inside a column allocated
   for it, which noUncheckedIndexedAccess cannot see: `!` states it at no cost, where `?? 0` would be a branch no
   input reaches. */
import { PolicyInputError } from '../../core/errors.js';
import { Money } from '../../core/money.js';
import type { ReimbursementFigures, ReimbursementResult } from '../cascade.js';
import { PAYERS, type Payer } from '../params.js';
import { COL, FLAG, ROW_WIDTH } from './kernel.js';

/** An invalid item of a batch: its index and the error `reimburse` throws for it. */
export interface BatchItemError {
  readonly index: number;
  readonly error: PolicyInputError;
}

/** Exact totals of a batch's valid items, per payer. */
export interface BatchTotals {
  /** Valid items counted. */
  readonly count: number;
  readonly totalCost: Money;
  readonly shares: Readonly<Record<Payer, Money>>;
  readonly reimbursed: Money;
  readonly outOfPocket: Money;
}

/** Columns summed: total cost, 7 shares, out of pocket. */
const SUMS = 9;
/** Above this a running sum is moved into a BigInt (each item adds less than 2^52). */
const FLUSH = 2 ** 52;

/** Running exact totals in fen: safe-integer accumulators flushed into BigInts before they could overflow. */
export class TotalsAccumulator {
  count = 0;
  readonly #fast = new Float64Array(SUMS);
  readonly #big: bigint[] = Array.from({ length: SUMS }, () => 0n);

  #add(column: number, fen: number): void {
    const next = this.#fast[column]! + fen;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the float sum is a shortcut; moving a sum into the BigInt earlier (even every time) gives the same exact total
    if (next < FLUSH) {
      this.#fast[column] = next;
      return;
    }
    this.#big[column] = this.#big[column]! + BigInt(next);
    this.#fast[column] = 0;
  }

  /** Adds a fast-path row. */
  addRow(row: Float64Array, o: number): void {
    this.count += 1;
    // Stryker disable next-line ArithmeticOperator: COL.total is 0, so o − COL.total = o + COL.total
    this.#add(0, row[o + COL.total]!);
    for (let p = 0; p < PAYERS.length; p++) this.#add(1 + p, row[o + COL.shares + p]!);
    this.#add(8, row[o + COL.owedIn]! + row[o + COL.owedOut]!);
  }

  /** Adds an exact-path result (any size: straight into the BigInts). */
  addResult(r: ReimbursementFigures): void {
    this.count += 1;
    const big = (m: Money): bigint => BigInt(m.toFen().toFixed(0));
    const add = (column: number, m: Money): void => {
      this.#big[column] = this.#big[column]! + big(m);
    };
    add(0, r.totalCost);
    PAYERS.forEach((p, i) => {
      add(1 + i, r.shares[p]);
    });
    add(8, r.outOfPocket);
  }

  #sum(column: number): bigint {
    return this.#big[column]! + BigInt(this.#fast[column]!);
  }

  /** The totals as exact Money. */
  totals(): BatchTotals {
    const money = (c: number): Money => Money.fromFen(this.#sum(c));
    const shares = Object.fromEntries(PAYERS.map((p, i) => [p, money(1 + i)])) as Record<Payer, Money>;
    return Object.freeze({
      count: this.count,
      totalCost: money(0),
      shares: Object.freeze(shares),
      reimbursed: Money.sum(Object.values(shares)),
      outOfPocket: money(8),
    });
  }
}

const ratioOf = (part: Money, whole: Money) => (whole.isZero() ? null : part.ratioTo(whole));

/** What each item of a batch came to, column-wise in whole fen; built once per batch or chunk. */
export class ResultStore {
  rows: Float64Array;
  flags: Uint8Array;
  /** 0 fast, 1 exact (in `exact`), 2 invalid (in `invalid`). */
  kinds: Uint8Array;
  // Stryker disable next-line ArrayDeclaration: every item's id is written (or the item is invalid and its id never read) before it is read
  ids: (string | null)[] = [];
  readonly exact = new Map<number, ReimbursementResult>();
  readonly invalid = new Map<number, PolicyInputError>();
  length = 0;

  constructor(capacity: number) {
    const c = Math.max(1, capacity);
    this.rows = new Float64Array(c * ROW_WIDTH);
    this.flags = new Uint8Array(c);
    this.kinds = new Uint8Array(c);
  }

  /** Makes room for one more item; returns its index. */
  push(): number {
    const i = this.length;
    if (i >= this.flags.length) this.#grow(this.flags.length * 2);
    this.length += 1;
    return i;
  }

  #grow(capacity: number): void {
    const rows = new Float64Array(capacity * ROW_WIDTH);
    rows.set(this.rows);
    const flags = new Uint8Array(capacity);
    flags.set(this.flags);
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds);
    this.rows = rows;
    this.flags = flags;
    this.kinds = kinds;
  }

  /** The figures of item i (as `reimburse` gives them), or throws the item's error. */
  figures(i: number): ReimbursementFigures {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) throw new RangeError(`no item ${String(i)}`);
    const error = this.invalid.get(i);
    if (error !== undefined) throw error;
    const exact = this.exact.get(i);
    if (exact !== undefined) return figuresOfResult(exact);
    return this.#fastFigures(i);
  }

  #fastFigures(i: number): ReimbursementFigures {
    const o = i * ROW_WIDTH;
    const m = (c: number): Money => Money.fromFen(this.rows[o + c]!);
    const shares = Object.fromEntries(PAYERS.map((p, k) => [p, m(COL.shares + k)])) as Record<Payer, Money>;
    const totalCost = m(COL.total);
    const inCat = m(COL.inCat);
    const owedIn = m(COL.owedIn);
    const owedOut = m(COL.owedOut);
    let reimbursedFen = 0;
    for (let k = 0; k < PAYERS.length; k++) reimbursedFen += this.rows[o + COL.shares + k]!;
    const reimbursed = Money.fromFen(reimbursedFen);
    const outOfPocket = owedIn.plus(owedOut);
    const flags = this.flags[i]!;
    const onTotal = (flags & FLAG.onTotal) !== 0;
    const base = onTotal ? totalCost : inCat;
    const owed = onTotal ? outOfPocket : owedIn;
    return Object.freeze({
      claimId: this.ids[i] ?? null,
      totalCost,
      inCatalogueCost: inCat,
      outOfCatalogueCost: m(COL.outCat),
      shares: Object.freeze(shares),
      reimbursed,
      outOfPocket,
      outOfPocketInCatalogue: owedIn,
      outOfPocketOutOfCatalogue: owedOut,
      ratios: Object.freeze({
        overall: ratioOf(reimbursed, totalCost),
        inCatalogue: ratioOf(inCat.minus(owedIn), inCat),
        inCounty: (flags & FLAG.inCounty) !== 0 ? ratioOf(base.minus(owed), base) : null,
      }),
      depositRequired: (flags & FLAG.deposit) !== 0,
    });
  }
}

/** The figures of a full result (without the envelope). */
export function figuresOfResult(r: ReimbursementResult): ReimbursementFigures {
  return Object.freeze({
    claimId: r.claimId,
    totalCost: r.totalCost,
    inCatalogueCost: r.inCatalogueCost,
    outOfCatalogueCost: r.outOfCatalogueCost,
    shares: r.shares,
    reimbursed: r.reimbursed,
    outOfPocket: r.outOfPocket,
    outOfPocketInCatalogue: r.outOfPocketInCatalogue,
    outOfPocketOutOfCatalogue: r.outOfPocketOutOfCatalogue,
    ratios: r.ratios,
    depositRequired: r.depositRequired,
  });
}
