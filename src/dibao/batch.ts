/* eslint-disable @typescript-eslint/no-non-null-assertion -- every row index read below is inside the row the
   batch wrote for that household, which noUncheckedIndexedAccess cannot see: `!` states it at no cost, where
   `?? 0` would be a branch no input reaches. */
import { PolicyInputError, refuse } from '../core/errors.js';
import { Money } from '../core/money.js';
import { parseInput } from '../core/errors.js';
import {
  dibaoGapSubsidy,
  type GapSubsidyFigures,
  type GapSubsidyOptions,
  type GapSubsidyResult,
} from './gapSubsidy.js';
import {
  checkGradualExit,
  type GradualExitCheckFigures,
  type GradualExitCheckResult,
  type GradualExitReason,
} from './gradualExit.js';
import { GRADUAL_EXIT_INCOME_LIMIT } from './params.js';
import { DIBAO_RULE_IDS } from './rules.js';
import {
  dibaoLocalStandardSchema,
  type DibaoLocalStandardInput,
  type GapSubsidyInput,
  type GradualExitCheckInput,
  type GradualExitHouseholdType,
} from './schema.js';

/**
 * Dibao over a batch of households: `compileDibao(local, options)` validates the local standard and the options
 * once; `gapSubsidyMany` and `checkGradualExitMany` run every household in whole fen (safe integers, integer
 * division for half up and down) with the same figures as `dibaoGapSubsidy` and `checkGradualExit` to the fen.
 * What the fast reader does not decide (odd amounts, the deprecated one-object form) runs through the exact
 * function, so an invalid household gets exactly today's error; an invalid household never stops the batch.
 */

/** An invalid household of a batch: its index and the error the single function throws. */
export interface DibaoItemError {
  readonly index: number;
  readonly error: PolicyInputError;
}

/** The results of a batch of households: figures on demand, the full result with its trace on demand. */
export interface DibaoBatch<F, R> {
  readonly length: number;
  /** The figures of household i; throws its `PolicyInputError` if it was refused. */
  get(i: number): F;
  /** The full result of household i with its trace (computed now). */
  explain(i: number): R;
  readonly errors: readonly DibaoItemError[];
}

/** Exact totals of the gap subsidies of a batch's valid households. */
export interface GapSubsidyTotals {
  readonly count: number;
  /** Households below the standard. */
  readonly belowStandard: number;
  readonly members: number;
  readonly monthly: Money;
  readonly annual: Money;
}

/**
 * The largest guarantee, income limit or scaled income (in fen) the fast reader computes with: 10^15 fen (10
 * trillion yuan), below 2^51 = 2^53 / 4 (room for the × 12 and × 2 below); a household beyond it runs on the
 * exact function.
 */
const BOUND = 10 ** 15;

/**
 * The households of an array or iterable, copied (the batch keeps its own list: a caller's later push or
 * splice changes neither its length nor its rows); refuses anything else.
 */
function itemsOf(ruleId: string, path: string, items: unknown): unknown[] {
  if (items !== null && typeof items === 'object' && Symbol.iterator in items) {
    return [...(items as Iterable<unknown>)];
  }
  return refuse(ruleId, path, items, 'must be an array or an iterable of households');
}
const MAX_FEN = 2 ** 40;

/**
 * An amount in fen from a plain decimal string or number, or a negative number (the schema decides): a
 * negative amount stays negative, and the callers leave every negative to the schema.
 */
function fenOf(value: unknown): number {
  if (typeof value === 'number') {
    if (!(value <= MAX_FEN / 100)) return -1;
    const f = Math.round(value * 100);
    return f / 100 === value ? f : -1;
  }
  if (typeof value !== 'string' || !/^\d{1,12}(\.\d{1,2})?$/u.test(value)) return -1;
  const [int, frac = ''] = value.split('.');
  return Number(int) * 100 + Number(frac.padEnd(2, '0'));
}

/*
 * Integer division by floating point: for integers 0 ≤ p < 2^53 and q ≥ 1, `Math.floor(p / q)` is exactly
 * ⌊p / q⌋. Where p / q is not an integer it lies at least 1/q from every integer, while the rounding error of
 * the quotient is at most half an ulp, ≤ (p / q) × 2^-53 < 1/q. Every p below is at most 2^51 (amounts are read
 * to at most 10^14 fen, × 12 for a monthly income; guarantees and limits are checked against BOUND = 10^15).
 */

/** `p / q` rounded half up (p ≥ 0, q > 0, safe integers). */
function divHalfUp(p: number, q: number): number {
  const d = Math.floor(p / q);
  return 2 * (p - d * q) >= q ? d + 1 : d;
}

/** `p / q` rounded down (p ≥ 0, q > 0). */
function divDown(p: number, q: number): number {
  return Math.floor(p / q);
}

interface Income {
  members: number;
  /** Counted annual income in fen (income − exempt, × 12 for a monthly income). */
  counted: number;
}

/** Reads members and counted annual income; null where the schema must decide. */
function readIncome(h: unknown): Income | null {
  if (h === null || typeof h !== 'object' || Array.isArray(h) || Object.hasOwn(h, 'standard')) return null;
  const v = h as Record<string, unknown>;
  // Number.isInteger is false for anything but a number.
  if (!Number.isInteger(v.members)) return null;
  const members = v.members as number;
  if (members < 1 || members > 100_000) return null;
  const period = v.incomePeriod ?? 'year';
  if (period !== 'year' && period !== 'month') return null;
  const income = fenOf(v.householdIncome);
  const exempt = v.exemptIncome === undefined ? 0 : fenOf(v.exemptIncome);
  // An unreadable or negative income is below every readable exempt part (≥ 0): `exempt > income` leaves it.
  if (exempt < 0 || exempt > income) return null;
  return { members, counted: (income - exempt) * (period === 'month' ? 12 : 1) };
}

/** Column store shared by the Dibao batches. */
class Store<F, R> implements DibaoBatch<F, R> {
  readonly rows: number[] = [];
  readonly invalid = new Map<number, PolicyInputError>();
  readonly exact = new Map<number, R>();
  readonly inputs: unknown[];
  readonly #width: number;
  readonly #build: (row: readonly number[], o: number, input: unknown) => F;
  readonly #figures: (r: R) => F;
  readonly #explain: (input: unknown) => R;

  constructor(
    inputs: unknown[],
    width: number,
    build: (row: readonly number[], o: number, input: unknown) => F,
    figures: (r: R) => F,
    explain: (input: unknown) => R,
  ) {
    this.inputs = inputs;
    this.#width = width;
    this.#build = build;
    this.#figures = figures;
    this.#explain = explain;
  }

  get length(): number {
    return this.inputs.length;
  }

  #check(i: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) throw new RangeError(`no household ${String(i)}`);
    const error = this.invalid.get(i);
    if (error !== undefined) throw error;
  }

  get(i: number): F {
    this.#check(i);
    const exact = this.exact.get(i);
    return exact === undefined
      ? this.#build(this.rows, i * this.#width, this.inputs[i])
      : this.#figures(exact);
  }

  explain(i: number): R {
    this.#check(i);
    return this.exact.get(i) ?? this.#explain(this.inputs[i]);
  }

  get errors(): readonly DibaoItemError[] {
    return Object.freeze([...this.invalid].map(([index, error]) => Object.freeze({ index, error })));
  }

  /** Runs the exact function on item i, keeping its result or its error. */
  runExact(i: number): void {
    for (let k = 0; k < this.#width; k++) this.rows.push(0);
    try {
      this.exact.set(i, this.#explain(this.inputs[i]));
    } catch (error) {
      if (!(error instanceof PolicyInputError)) throw error;
      this.invalid.set(i, error);
    }
  }
}

const GAP_WIDTH = 7;

/** The gradual-exit terms of a household type: its months and quarters, and the income limit, num / den per cent. */
interface ExitTerm {
  readonly months: number;
  readonly quarters: number;
  readonly num: number;
  readonly den: number;
}

/** The terms of each household type, or the error `checkGradualExit` throws for it under the options. */
type ExitTerms = Record<GradualExitHouseholdType, ExitTerm | PolicyInputError>;

/** A Dibao standard compiled once (see {@link compileDibao}). */
export class CompiledDibao {
  readonly local: DibaoLocalStandardInput;
  readonly options: GapSubsidyOptions | undefined;
  /** The annual standard per person, in fen. */
  readonly annualStandard: number;
  #monthlyBasis: boolean | undefined;

  constructor(local: DibaoLocalStandardInput, options: GapSubsidyOptions | undefined) {
    const parsed = parseInput(DIBAO_RULE_IDS.gapSubsidy, dibaoLocalStandardSchema, local, 'local');
    this.local = local;
    this.options = options;
    this.annualStandard = parsed.standard.toFen().toNumber() * (parsed.standardPeriod === 'month' ? 12 : 1);
  }

  /** The reading of the gap subsidy, resolved once (throws as `dibaoGapSubsidy` would on bad options). */
  #gapTerms(): boolean {
    this.#monthlyBasis ??=
      dibaoGapSubsidy({ members: 1, householdIncome: 0 }, this.local, this.options).readings.incomeMeasure ===
      'monthlyBasis';
    return this.#monthlyBasis;
  }

  /** The months, quarters and income limit of the gradual exit of each household type (once per batch). */
  #exitTerms(): ExitTerms {
    const terms = (t: GradualExitHouseholdType): ExitTerm | PolicyInputError => {
      try {
        // Stryker disable next-line BooleanLiteral: only months, quarters and the limit are read, and they do not depend on temporarilyExited
        const household = { householdType: t, temporarilyExited: false, members: 1, householdIncome: 0 };
        const r = checkGradualExit(household, this.local, this.options);
        const percent = new Map(r.params.map((p) => [p.id, p.value])).get(GRADUAL_EXIT_INCOME_LIMIT.id)!;
        const places = (percent.split('.')[1] ?? '').length;
        const den = 10 ** places;
        return { months: r.months, quarters: r.quarters, num: Math.round(Number(percent) * den), den };
      } catch (error) {
        if (!(error instanceof PolicyInputError)) throw error;
        return error;
      }
    };
    return { ruralDibao: terms('ruralDibao'), disabledDibao: terms('disabledDibao') };
  }

  /** `dibaoGapSubsidy(household, local, options)`, trace included. */
  gapSubsidy(household: GapSubsidyInput): GapSubsidyResult {
    return dibaoGapSubsidy(household, this.local, this.options);
  }

  /** `checkGradualExit(household, local, options)`, trace included. */
  checkGradualExit(household: GradualExitCheckInput): GradualExitCheckResult {
    return checkGradualExit(household, this.local, this.options);
  }

  /** The gap subsidy of every household, with exact totals. */
  gapSubsidyMany(households: Iterable<unknown>): DibaoBatch<GapSubsidyFigures, GapSubsidyResult> & {
    readonly totals: GapSubsidyTotals;
  } {
    const inputs = itemsOf(DIBAO_RULE_IDS.gapSubsidy, 'households', households);
    const store = new Store<GapSubsidyFigures, GapSubsidyResult>(
      inputs,
      GAP_WIDTH,
      (row, o) => gapFigures(row, o, this.annualStandard),
      gapFiguresOf,
      (h) => this.gapSubsidy(h as GapSubsidyInput),
    );
    const monthlyBasis = this.#gapTerms();
    inputs.forEach((h, i) => {
      if (!this.#gapFast(h, store.rows, monthlyBasis)) store.runExact(i);
    });
    return Object.assign(store, { totals: gapTotals(store) });
  }

  #gapFast(h: unknown, rows: number[], monthlyBasis: boolean): boolean {
    const v = readIncome(h);
    if (v === null) return false;
    const guarantee = this.annualStandard * v.members;
    if (guarantee > BOUND) return false;
    const below = v.counted < guarantee;
    let annual: number;
    let monthly: number;
    if (monthlyBasis) {
      monthly = below ? Math.min(divHalfUp(guarantee - v.counted, 12), divDown(guarantee, 12)) : 0;
      annual = monthly * 12;
    } else {
      annual = below ? guarantee - v.counted : 0;
      monthly = divHalfUp(annual, 12);
    }
    rows.push(monthly, annual, v.counted, divHalfUp(v.counted, v.members), v.members, below ? 1 : 0, 0);
    return true;
  }

  /** The gradual-exit test of every household. */
  checkGradualExitMany(
    households: Iterable<unknown>,
  ): DibaoBatch<GradualExitCheckFigures, GradualExitCheckResult> {
    const inputs = itemsOf(DIBAO_RULE_IDS.gradualExit, 'households', households);
    const exit = this.#exitTerms();
    const store = new Store<GradualExitCheckFigures, GradualExitCheckResult>(
      inputs,
      GAP_WIDTH,
      (row, o) => exitFigures(row, o, exit),
      exitFiguresOf,
      (h) => this.checkGradualExit(h as GradualExitCheckInput),
    );
    inputs.forEach((h, i) => {
      if (!this.#exitFast(h, store.rows, exit)) store.runExact(i);
    });
    return store;
  }

  #exitFast(h: unknown, rows: number[], exit: ExitTerms): boolean {
    const v = readIncome(h);
    const x = h as { householdType?: unknown; temporarilyExited?: unknown };
    if (v === null || typeof x.temporarilyExited !== 'boolean') return false;
    const type = x.householdType;
    if (type !== 'ruralDibao' && type !== 'disabledDibao') return false;
    const term = exit[type];
    if (term instanceof PolicyInputError) return false;
    const { num, den } = term;
    const limitScaled = this.annualStandard * num * v.members;
    if (limitScaled > BOUND || v.counted * 100 * den > BOUND) return false;
    const below = v.counted * 100 * den < limitScaled;
    const limit = divHalfUp(this.annualStandard * num, 100 * den);
    const flags =
      (x.temporarilyExited ? 1 : 0) | (below ? 2 : 0) | (v.counted < this.annualStandard * v.members ? 4 : 0);
    rows.push(divHalfUp(v.counted, v.members), limit, v.members, flags, type === 'ruralDibao' ? 0 : 1, 0, 0);
    return true;
  }
}

/** The figures of a gradual-exit row the fast reader wrote. */
function exitFigures(row: readonly number[], o: number, exit: ExitTerms): GradualExitCheckFigures {
  const flags = row[o + 3]!;
  const householdType: GradualExitHouseholdType = row[o + 4] === 0 ? 'ruralDibao' : 'disabledDibao';
  const terms = exit[householdType] as ExitTerm;
  const reasons: GradualExitReason[] = [];
  if ((flags & 1) === 0) reasons.push('notTemporarilyExited');
  if ((flags & 2) === 0) reasons.push('incomeNotBelowLimit');
  const eligible = reasons.length === 0;
  if (eligible) reasons.push('qualifies');
  return Object.freeze({
    eligible,
    reasons: Object.freeze(reasons),
    householdType,
    months: terms.months,
    quarters: terms.quarters,
    perCapitaAnnualIncome: Money.fromFen(row[o]!),
    annualIncomeLimit: Money.fromFen(row[o + 1]!),
    belowStandard: (flags & 4) !== 0,
  });
}

function gapFigures(row: readonly number[], o: number, annualStandard: number): GapSubsidyFigures {
  return Object.freeze({
    belowStandard: row[o + 5] === 1,
    monthly: Money.fromFen(row[o]!),
    annual: Money.fromFen(row[o + 1]!),
    annualStandard: Money.fromFen(annualStandard),
    countedAnnualIncome: Money.fromFen(row[o + 2]!),
    perCapitaAnnualIncome: Money.fromFen(row[o + 3]!),
    members: row[o + 4]!,
  });
}

function gapFiguresOf(r: GapSubsidyResult): GapSubsidyFigures {
  const {
    belowStandard,
    monthly,
    annual,
    annualStandard,
    countedAnnualIncome,
    perCapitaAnnualIncome,
    members,
  } = r;
  return Object.freeze({
    belowStandard,
    monthly,
    annual,
    annualStandard,
    countedAnnualIncome,
    perCapitaAnnualIncome,
    members,
  });
}

function exitFiguresOf(r: GradualExitCheckResult): GradualExitCheckFigures {
  const {
    eligible,
    reasons,
    householdType,
    months,
    quarters,
    perCapitaAnnualIncome,
    annualIncomeLimit,
    belowStandard,
  } = r;
  return Object.freeze({
    eligible,
    reasons,
    householdType,
    months,
    quarters,
    perCapitaAnnualIncome,
    annualIncomeLimit,
    belowStandard,
  });
}

function gapTotals(store: Store<GapSubsidyFigures, GapSubsidyResult>): GapSubsidyTotals {
  const sums = { monthly: 0n, annual: 0n };
  let monthly = 0;
  let annual = 0;
  let count = 0;
  let below = 0;
  let members = 0;
  const flush = (): void => {
    sums.monthly += BigInt(monthly);
    sums.annual += BigInt(annual);
    monthly = 0;
    annual = 0;
  };
  for (let i = 0; i < store.length; i++) {
    if (store.invalid.has(i)) continue;
    const exact = store.exact.get(i);
    const o = i * GAP_WIDTH;
    count += 1;
    below += (exact === undefined ? store.rows[o + 5] === 1 : exact.belowStandard) ? 1 : 0;
    members += exact === undefined ? store.rows[o + 4]! : exact.members;
    if (exact === undefined) {
      monthly += store.rows[o]!;
      annual += store.rows[o + 1]!;
      // A fast row's monthly is at most its annual (annual / 12 rounded, or × 12), so annual reaches 2^52 first.
      // Stryker disable next-line EqualityOperator: flushing at 2^52 itself (>=) or after every row (<=) gives the same exact BigInt sums
      if (annual > 2 ** 52) flush();
    } else {
      sums.monthly += BigInt(exact.monthly.toFen().toFixed(0));
      sums.annual += BigInt(exact.annual.toFen().toFixed(0));
    }
  }
  flush();
  return Object.freeze({
    count,
    belowStandard: below,
    members,
    monthly: Money.fromFen(sums.monthly),
    annual: Money.fromFen(sums.annual),
  });
}

/**
 * Compiles a local Dibao standard once: validates it and the options (throws a `PolicyInputError` as
 * `dibaoGapSubsidy` would) and returns a {@link CompiledDibao} whose `gapSubsidyMany` and
 * `checkGradualExitMany` run a batch of households, e.g. every household when a standard changes.
 *
 * @example
 * ```ts
 * const dibao = compileDibao({ standard: '3900' });
 * const batch = dibao.gapSubsidyMany(households);
 * batch.get(0).monthly; batch.totals.annual; batch.errors; batch.explain(0).trace
 * ```
 */
export function compileDibao(local: DibaoLocalStandardInput, options?: GapSubsidyOptions): CompiledDibao {
  return new CompiledDibao(local, options);
}
