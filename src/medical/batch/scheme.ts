import { openEvaluation } from '../../core/evaluation.js';
import { PLAN_START } from '../../core/param.js';
import { MEDICAL_PARAM_LIST } from '../params.js';
import {
  computeClaim,
  openClaimCase,
  type ReimbursementFigures,
  type ReimbursementResult,
} from '../cascade.js';
import { MEDICAL_SPEC } from '../layers/case.js';
import { EMPTY_YEAR_TO_DATE } from '../ledger.js';
import { parseClaim, parseSchemeProfile } from '../reimburse.js';
import type {
  Claim,
  ClaimInput,
  MedicalSchemeProfile,
  MedicalSchemeProfileInput,
  ReimburseOptions,
} from '../schema.js';
import { fromParsedClaim, newFastClaim, readFastClaim, type FastClaim } from './fast-claim.js';
import { fitsFast, ROW_WIDTH, runFast, YEAR_WIDTH } from './kernel.js';
import {
  figuresOfResult,
  ResultStore,
  TotalsAccumulator,
  type BatchItemError,
  type BatchTotals,
} from './store.js';
import { compileTerms, type ClaimTerms } from './terms.js';
import { runYears, type YearBatch } from './years.js';
import { itemsOf, refusalOf } from './items.js';
import { MEDICAL_RULE_IDS } from '../ids.js';
import type { BatchShard } from './workers.js';
import { reimburseYear, type YearResult } from '../year.js';

export type { BatchItemError, BatchTotals } from './store.js';

/** The dates where the medical figures may change: the plan's start and every parameter version's. */
const BOUNDARIES: readonly string[] = [
  ...new Set([PLAN_START, ...MEDICAL_PARAM_LIST.flatMap((p) => p.versions.map((v) => v.from))]),
]
  .filter((d): d is string => d !== null)
  .sort();

/**
 * The results of a batch of claims, held column-wise in whole fen: `get(i)` builds item i's figures (identical
 * to the fen to `reimburse`), `explain(i)` the full result with its trace (computed on demand), `errors` the
 * invalid items, `totals` the exact sums of the valid ones.
 */
export interface ReimbursementBatch {
  /** Items in the batch (valid or not). */
  readonly length: number;
  /** Index of the batch's first item in the whole stream (0 for a batch over an array). */
  readonly offset: number;
  /** The figures of item i (local index); throws the item's `PolicyInputError` if it was invalid. */
  get(i: number): ReimbursementFigures;
  /** The full result of item i with its trace, as `reimburse` gives it (computed now). */
  explain(i: number): ReimbursementResult;
  /** Each invalid item: its index in the whole stream and the error `reimburse` throws for it. */
  readonly errors: readonly BatchItemError[];
  /** Exact totals of the valid items. */
  readonly totals: BatchTotals;
}

/** What a batch holds while it is filled. */
interface Filling {
  readonly store: ResultStore;
  readonly totals: TotalsAccumulator;
  readonly inputs: unknown[];
}

class Batch implements ReimbursementBatch {
  readonly #scheme: CompiledScheme;
  readonly #filled: Filling;
  readonly offset: number;
  #totals: BatchTotals | undefined;

  constructor(scheme: CompiledScheme, filled: Filling, offset: number) {
    this.#scheme = scheme;
    this.#filled = filled;
    this.offset = offset;
  }

  get length(): number {
    return this.#filled.store.length;
  }

  get(i: number): ReimbursementFigures {
    return this.#filled.store.figures(i);
  }

  explain(i: number): ReimbursementResult {
    const { store, inputs } = this.#filled;
    store.figures(i); // range and validity
    // Stryker disable next-line LogicalOperator: an exact item computed again gives the same result as the one kept
    return store.exact.get(i) ?? this.#scheme.reimburse(inputs[i] as ClaimInput);
  }

  get errors(): readonly BatchItemError[] {
    // In index order: every batch records its invalid items in input order.
    const out = [...this.#filled.store.invalid].map(([index, error]) =>
      Object.freeze({ index: this.offset + index, error }),
    );
    return Object.freeze(out);
  }

  get totals(): BatchTotals {
    this.#totals ??= this.#filled.totals.totals();
    return this.#totals;
  }
}

/** Options of a streaming run. */
export interface StreamOptions {
  /** Items per chunk (default 16,384). */
  readonly chunkSize?: number;
}

const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> =>
  v !== null && typeof v === 'object' && Symbol.asyncIterator in v;

/**
 * A scheme compiled once: the profile, readings and parameters validated, then every claim run on the
 * whole-fen fast path (or the exact layered path for an item too large for it). Made by {@link compileScheme}.
 */
export class CompiledScheme {
  readonly profile: MedicalSchemeProfile;
  readonly options: ReimburseOptions | undefined;
  readonly #terms = new Map<number, ClaimTerms>();
  readonly #claim: FastClaim = newFastClaim();
  readonly #year = new Float64Array(YEAR_WIDTH);

  constructor(profile: MedicalSchemeProfile, options: ReimburseOptions | undefined) {
    this.profile = profile;
    this.options = options;
  }

  /** The same result as `reimburse(claim, profile, options)`, trace included. */
  reimburse(claim: ClaimInput | Claim): ReimbursementResult {
    return this.#exact(parseClaim(claim));
  }

  #exact(claim: Claim): ReimbursementResult {
    return computeClaim(openClaimCase(claim, this.profile, this.options, EMPTY_YEAR_TO_DATE)).result;
  }

  /**
   * The terms of a date for a registered poor patient or not, cached per period: the dates between two
   * boundaries (the plan's start, a parameter version's start) read the same figures.
   */
  termsFor(date: string, registeredPoor: boolean): ClaimTerms {
    let period = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache key: past the last boundary BOUNDARIES[period] is undefined and `undefined <= date` false (the loop stops there either way), and `>` only renumbers the periods, each still apart
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- period < length
    while (period < BOUNDARIES.length && BOUNDARIES[period]! <= date) period++;
    // Stryker disable next-line ArithmeticOperator: −1 + period only shares a key between a registered poor patient before the plan and one not registered under it, whose terms are the same (the baseline's)
    const key = registeredPoor ? period : -1 - period;
    let t = this.#terms.get(key);
    // Stryker disable next-line ConditionalExpression: a cache: terms compiled again for the same period are the same
    if (t === undefined) {
      t = compileTerms(date, registeredPoor, this.profile, this.options);
      this.#terms.set(key, t);
    }
    return t;
  }

  /** Reads an item into the fast claim; null where it is invalid (recorded), a Claim for the exact path. */
  #read(input: unknown, j: number, store: ResultStore): Claim | 'fast' | null {
    const c = this.#claim;
    if (readFastClaim(input, c)) return 'fast';
    try {
      const parsed = parseClaim(input as ClaimInput);
      return fromParsedClaim(parsed, c) ? 'fast' : parsed;
    } catch (error) {
      store.invalid.set(j, refusalOf(error));
      store.kinds[j] = 2;
      return null;
    }
  }

  /** Runs one item into the store (fast or exact), or records its error. */
  process(input: unknown, filling: Filling): void {
    const { store, totals } = filling;
    const j = store.push();
    const read = this.#read(input, j, store);
    if (read === null) return;
    const c = this.#claim;
    const t = read === 'fast' ? this.termsFor(c.date, c.registeredPoor) : null;
    if (t?.error) {
      store.kinds[j] = 2;
      store.invalid.set(j, t.error);
      return;
    }
    this.#year.fill(0);
    if (t === null || !t.fast || !fitsFast(c, t, this.#year)) {
      this.#processExact(read === 'fast' ? parseClaim(input as ClaimInput) : read, j, filling);
      return;
    }
    store.flags[j] = runFast(c, t, store.rows, j * ROW_WIDTH, this.#year);
    store.ids[j] = c.id;
    totals.addRow(store.rows, j * ROW_WIDTH);
  }

  #processExact(claim: Claim, j: number, { store, totals }: Filling): void {
    try {
      const result = this.#exact(claim);
      store.kinds[j] = 1;
      store.exact.set(j, result);
      store.ids[j] = result.claimId;
      totals.addResult(figuresOfResult(result));
    } catch (error) {
      store.invalid.set(j, refusalOf(error));
      store.kinds[j] = 2;
    }
  }

  /** `reimburseYear` with this scheme's profile and options (full results, traces included). */
  yearExact(claims: readonly unknown[]): YearResult {
    return reimburseYear(claims as readonly ClaimInput[], this.profile, this.options);
  }

  /**
   * Each patient's year of claims (`reimburseYear` over a batch of patients): the same figures, to the fen,
   * with the annual ceilings, caps and the critical illness deductible carried claim to claim in whole fen.
   */
  reimburseYears(patients: Iterable<readonly unknown[]>): YearBatch {
    return runYears(this, patients);
  }

  /** Merges worker shards (in input order) into one batch; items the workers could not settle are redone here. */
  merge(claims: readonly unknown[], shards: readonly BatchShard[]): ReimbursementBatch {
    const filling = { ...this.open(claims.length), inputs: claims as unknown[] };
    const { store, totals } = filling;
    let at = 0;
    for (const shard of shards) {
      store.rows.set(shard.rows, at * ROW_WIDTH);
      store.flags.set(shard.flags, at);
      for (const i of shard.redo) store.kinds[at + i] = 1;
      at += shard.length;
    }
    store.length = at;
    for (let i = 0; i < at; i++) {
      const id = (claims[i] as { id?: unknown } | null)?.id;
      // Stryker disable next-line ConditionalExpression: a valid claim's id is a string or absent (undefined, read back as null); an invalid item's id is never read
      store.ids[i] = typeof id === 'string' ? id : null;
      if (store.kinds[i] === 0) totals.addRow(store.rows, i * ROW_WIDTH);
      else this.#redo(claims[i], i, filling);
    }
    return this.close(filling);
  }

  #redo(claim: unknown, i: number, filling: Filling): void {
    const { store, totals } = filling;
    try {
      const result = this.reimburse(claim as ClaimInput);
      store.exact.set(i, result);
      totals.addResult(figuresOfResult(result));
    } catch (error) {
      store.invalid.set(i, refusalOf(error));
      store.kinds[i] = 2;
    }
  }

  /** A new, empty batch of the given capacity. */
  open(capacity: number): Filling {
    return { store: new ResultStore(capacity), totals: new TotalsAccumulator(), inputs: [] };
  }

  /** Wraps a filled batch. */
  close(filling: Filling, offset = 0): ReimbursementBatch {
    return new Batch(this, filling, offset);
  }

  /**
   * Reimburses every claim of an array or iterable and holds the results (see {@link ReimbursementBatch}). An
   * invalid item never stops the batch. Over an async iterable, yields chunks instead (see {@link streamMany}).
   */
  reimburseMany(claims: Iterable<unknown>): ReimbursementBatch;
  reimburseMany(claims: AsyncIterable<unknown>, options?: StreamOptions): AsyncIterable<ReimbursementBatch>;
  reimburseMany(
    claims: Iterable<unknown> | AsyncIterable<unknown>,
    options?: StreamOptions,
  ): ReimbursementBatch | AsyncIterable<ReimbursementBatch> {
    if (isAsyncIterable(claims)) return this.streamMany(claims, options);
    const list = itemsOf(MEDICAL_RULE_IDS.fourLayers, 'claims', claims);
    const filling = { ...this.open(list.length), inputs: list };
    for (const claim of list) this.process(claim, filling);
    return this.close(filling);
  }

  /**
   * Reimburses a stream of claims chunk by chunk: each yielded batch holds `chunkSize` items (the last fewer),
   * with `offset` its first item's place in the stream; nothing else of the stream is held.
   */
  async *streamMany(
    claims: Iterable<unknown> | AsyncIterable<unknown>,
    options?: StreamOptions,
  ): AsyncGenerator<ReimbursementBatch> {
    const size = Math.max(1, Math.floor(options?.chunkSize ?? 16_384));
    let filling = this.open(size);
    let offset = 0;
    for await (const claim of claims) {
      filling.inputs.push(claim);
      this.process(claim, filling);
      if (filling.store.length >= size) {
        yield this.close(filling, offset);
        offset += size;
        filling = this.open(size);
      }
    }
    if (filling.store.length > 0) yield this.close(filling, offset);
  }
}

/**
 * Compiles a scheme once: validates the profile, the readings and the parameters (throws a `PolicyInputError`
 * as `reimburse` would), and returns a {@link CompiledScheme} whose `reimburse(claim)` gives today's result and
 * whose `reimburseMany(claims)` runs a whole batch in whole fen.
 *
 * @example
 * ```ts
 * const scheme = compileScheme(ILLUSTRATIVE_COUNTY_SCHEME_PROFILE);
 * const batch = scheme.reimburseMany(claims);
 * batch.get(0).outOfPocket; batch.totals.shares.countyFund; batch.errors; batch.explain(0).trace
 * ```
 */
export function compileScheme(
  profile: MedicalSchemeProfileInput | MedicalSchemeProfile,
  options?: ReimburseOptions,
): CompiledScheme {
  const parsed = parseSchemeProfile(profile);
  openEvaluation(MEDICAL_SPEC, options, null);
  return new CompiledScheme(parsed, options);
}
