/* eslint-disable @typescript-eslint/no-non-null-assertion -- every index read below is inside a column allocated
   for it, which noUncheckedIndexedAccess cannot see: `!` states it at no cost, where `?? 0` would be a branch no
   input reaches. */
import { PolicyInputError } from '../../core/errors.js';
import { Money } from '../../core/money.js';
import type { ReimbursementFigures } from '../cascade.js';
import type { YearToDate } from '../ledger.js';
import { PAYERS, type Payer } from '../params.js';
import type { YearResult } from '../year.js';
import { newFastClaim, readFastClaim } from './fast-claim.js';
import { itemsOf, refusalOf } from './items.js';
import { MEDICAL_RULE_IDS } from '../ids.js';
import { COL, fitsFast, ROW_WIDTH, runFast, YEAR_WIDTH } from './kernel.js';
import {
  figuresOfResult,
  ResultStore,
  TotalsAccumulator,
  type BatchItemError,
  type BatchTotals,
} from './store.js';
import type { ClaimTerms } from './terms.js';

/** One patient's year as figures: each claim's, the year's totals and what the year used up. */
export interface YearFigures {
  readonly claims: readonly ReimbursementFigures[];
  readonly totals: YearResult['totals'];
  readonly yearToDate: YearToDate;
}

/** The years of a batch of patients (see `CompiledScheme.reimburseYears`). */
export interface YearBatch {
  /** Patients in the batch. */
  readonly length: number;
  /** Patient p's year, identical to the fen to `reimburseYear`; throws the patient's error if refused. */
  get(p: number): YearFigures;
  /** Patient p's full `reimburseYear` result with every trace (computed now). */
  explain(p: number): YearResult;
  /** Each refused patient: index and the error `reimburseYear` throws. */
  readonly errors: readonly BatchItemError[];
  /** Exact totals of every claim of the valid patients. */
  readonly totals: BatchTotals;
}

/** What the year batch needs of a compiled scheme. */
export interface YearEngine {
  termsFor(date: string, registeredPoor: boolean): ClaimTerms;
  yearExact(claims: readonly unknown[]): YearResult;
}

const fen = (f: number): Money => Money.fromFen(f);

function yearToDateOf(y: ArrayLike<number>, o: number): YearToDate {
  const v = (k: number): Money => fen(y[o + k]!);
  return Object.freeze({
    basicInsurancePaid: v(0),
    outpatientPaid: Object.freeze({ chronic32: v(1), special42: v(2), general: v(3) }),
    criticalIllnessBase: v(4),
    criticalIllnessPaid: v(5),
    thirdLayerPaid: v(6),
  });
}

class Years implements YearBatch {
  readonly store = new ResultStore(1024);
  readonly totalsAcc = new TotalsAccumulator();
  /** First claim of each patient in `store`, and one past the last. */
  readonly starts: number[] = [];
  readonly years: number[] = [];
  readonly exact = new Map<number, YearResult>();
  readonly invalid = new Map<number, PolicyInputError>();
  readonly inputs: unknown[] = [];
  readonly #engine: YearEngine;

  constructor(engine: YearEngine) {
    this.#engine = engine;
  }

  get length(): number {
    return this.inputs.length;
  }

  #check(p: number): void {
    if (!Number.isInteger(p) || p < 0 || p >= this.length) throw new RangeError(`no patient ${String(p)}`);
    const error = this.invalid.get(p);
    if (error !== undefined) throw error;
  }

  get(p: number): YearFigures {
    this.#check(p);
    const exact = this.exact.get(p);
    if (exact !== undefined) {
      return Object.freeze({
        claims: Object.freeze(exact.claims.map(figuresOfResult)),
        totals: exact.totals,
        yearToDate: exact.yearToDate,
      });
    }
    return this.#fastYear(p);
  }

  #fastYear(p: number): YearFigures {
    const from = this.starts[p]!;
    const to = this.starts[p + 1]!;
    const claims: ReimbursementFigures[] = [];
    const sums = new Float64Array(PAYERS.length + 2);
    for (let j = from; j < to; j++) {
      claims.push(this.store.figures(j));
      const o = j * ROW_WIDTH;
      sums[0] = sums[0]! + this.store.rows[o + COL.total]!;
      for (let k = 0; k < PAYERS.length; k++)
        sums[2 + k] = sums[2 + k]! + this.store.rows[o + COL.shares + k]!;
      sums[1] = sums[1]! + this.store.rows[o + COL.owedIn]! + this.store.rows[o + COL.owedOut]!;
    }
    const shares = Object.fromEntries(PAYERS.map((q, k) => [q, fen(sums[2 + k]!)])) as Record<Payer, Money>;
    return Object.freeze({
      claims: Object.freeze(claims),
      totals: Object.freeze({
        totalCost: fen(sums[0]!),
        shares: Object.freeze(shares),
        reimbursed: Money.sum(Object.values(shares)),
        outOfPocket: fen(sums[1]!),
      }),
      yearToDate: yearToDateOf(this.years, p * YEAR_WIDTH),
    });
  }

  explain(p: number): YearResult {
    this.#check(p);
    return this.exact.get(p) ?? this.#engine.yearExact(this.inputs[p] as unknown[]);
  }

  get errors(): readonly BatchItemError[] {
    return Object.freeze([...this.invalid].map(([index, error]) => Object.freeze({ index, error })));
  }

  get totals(): BatchTotals {
    return this.totalsAcc.totals();
  }
}

const SCRATCH = newFastClaim();
const YEAR = new Float64Array(YEAR_WIDTH);

/** Runs one patient's year on the fast path; false (nothing kept) where any claim needs the schema or the exact path. */
function fastYear(engine: YearEngine, claims: unknown, out: Years): boolean {
  if (!Array.isArray(claims)) return false;
  const { store } = out;
  const start = store.length;
  YEAR.fill(0);
  let previous = '';
  for (const claim of claims as unknown[]) {
    const ok = readFastClaim(claim, SCRATCH) && SCRATCH.date >= previous;
    if (!ok || (previous !== '' && SCRATCH.date.slice(0, 4) !== previous.slice(0, 4))) break;
    previous = SCRATCH.date;
    const t = engine.termsFor(SCRATCH.date, SCRATCH.registeredPoor);
    if (t.error !== null || !t.fast || !fitsFast(SCRATCH, t, YEAR)) break;
    const j = store.push();
    store.flags[j] = runFast(SCRATCH, t, store.rows, j * ROW_WIDTH, YEAR);
    store.ids[j] = SCRATCH.id;
  }
  if (store.length - start !== (claims as unknown[]).length) {
    store.length = start;
    return false;
  }
  for (let j = start; j < store.length; j++) out.totalsAcc.addRow(store.rows, j * ROW_WIDTH);
  return true;
}

/** Runs each patient's year (fast where it can, else `reimburseYear`); a refused patient never stops the batch. */
export function runYears(engine: YearEngine, patients: Iterable<unknown>): YearBatch {
  const out = new Years(engine);
  for (const claims of itemsOf(MEDICAL_RULE_IDS.fourLayers, 'patients', patients)) {
    const p = out.inputs.length;
    out.inputs.push(claims);
    out.starts[p] = out.store.length;
    if (fastYear(engine, claims, out)) {
      for (const v of YEAR) out.years.push(v);
    } else {
      for (let k = 0; k < YEAR_WIDTH; k++) out.years.push(0);
      try {
        const r = engine.yearExact(claims as unknown[]);
        out.exact.set(p, r);
        for (const c of r.claims) out.totalsAcc.addResult(c);
      } catch (error) {
        out.invalid.set(p, refusalOf(error));
      }
    }
    out.starts[p + 1] = out.store.length;
  }
  return out;
}
