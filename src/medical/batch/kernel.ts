/* eslint-disable @typescript-eslint/no-non-null-assertion -- every index read below is inside a column allocated
   for it, which noUncheckedIndexedAccess cannot see: `!` states it at no cost, where `?? 0` would be a branch no
   input reaches. */
import { DISEASE_GROUPS } from '../params.js';
import { newFastClaim, type FastClaim } from './fast-claim.js';
import { basicIndex, type ClaimTerms, type Ratio } from './terms.js';

/**
 * The cascade in whole fen: the same layers in the same order as the layered cascade (`layers/*`), on safe
 * integers. A product `fen × num / den` is rounded half up (or up, for the county fund's top-up) by integer
 * division with a remainder check, so every figure equals the layered cascade's to the fen. The caller checks
 * that the amounts are small enough ({@link fitsFast}); the layered path takes any claim that is not.
 */

/** Columns of one result row. */
export const COL = { total: 0, inCat: 1, outCat: 2, owedIn: 3, owedOut: 4, shares: 5 } as const;
/** Payers' share columns start at {@link COL.shares}, in the order of PAYERS. */
export const ROW_WIDTH = 12;
/** Flag bits of one result. */
export const FLAG = { deposit: 1, inCounty: 2, onTotal: 4 } as const;

/** The year to date, in fen: basic paid, outpatient paid ×3, critical illness base and paid, third layer paid. */
export const YEAR_WIDTH = 7;
const Y = { basic: 0, outpatient: 1, ciBase: 4, ciPaid: 5, third: 6 } as const;
const P = { waiver: 0, basic: 1, ci: 2, county: 5, foundation: 6 } as const;

const SURGICAL = DISEASE_GROUPS.indexOf('surgical28');
const CARDIAC = DISEASE_GROUPS.indexOf('cardiacIntervention');

/*
 * Integer division by floating point: for integers 0 ≤ p < 2^53 and d ≥ 1, `Math.floor(p / d)` is exactly
 * ⌊p / d⌋. Where p / d is not an integer it lies at least 1/d from every integer, while the rounding error of
 * the quotient is at most half an ulp, ≤ (p / d) × 2^-53 < 1/d: the rounded quotient never reaches the next
 * integer (nor falls below the previous one). {@link fitsFast} keeps every product p below 2^53.
 */

/** `a × r`, rounded half up to the fen (a ≥ 0, `a × r.num` a safe integer). */
export function timesHalfUp(a: number, r: Ratio): number {
  // Stryker disable next-line ConditionalExpression: a shortcut: over den 1 the division below gives q = a × num with remainder 0, the same
  if (r.den === 1) return a * r.num;
  const p = a * r.num;
  const q = Math.floor(p / r.den);
  return 2 * (p - q * r.den) >= r.den ? q + 1 : q;
}

/** `p / den` rounded half up (p ≥ 0 a safe integer). */
function divHalfUp(p: number, den: number): number {
  return timesHalfUp(p, { num: 1, den });
}

/** `a × r`, rounded up to the fen (a ≥ 0, `a × r.num` a safe integer). */
function timesUp(a: number, r: Ratio): number {
  const p = a * r.num;
  const q = Math.floor(p / r.den);
  return p - q * r.den > 0 ? q + 1 : q;
}

/** Whether every product of the claim stays a safe integer on the fast path. */
export function fitsFast(c: FastClaim, t: ClaimTerms, year: Float64Array): boolean {
  const largest = c.total + year[Y.ciBase]! + t.ci.deductible;
  return largest * t.maxNum * 2 < Number.MAX_SAFE_INTEGER && t.ci.den * largest < Number.MAX_SAFE_INTEGER;
}

/** What the critical illness bands pay on `above` fen above the deductible, × den (exact). */
function bandScaled(above: number, t: ClaimTerms): number {
  let total = 0;
  let lower = 0;
  const { ends, nums } = t.ci;
  for (let i = 0; i < ends.length; i++) {
    if (above <= lower) break;
    const end = ends[i]!;
    const upper = end < above ? end : above;
    total += (upper - lower) * nums[i]!;
    lower = end; // the open band (end Infinity) is the last one
  }
  return total;
}

/** One claim's running account: row (12 fen columns) and year (7). One scratch object, reused. */
interface Run {
  c: FastClaim;
  t: ClaimTerms;
  row: Float64Array;
  o: number;
  year: Float64Array;
}

function pay(r: Run, payer: number, fromIn: number, fromOut: number): void {
  const { row, o } = r;
  row[o + COL.owedIn] = row[o + COL.owedIn]! - fromIn;
  row[o + COL.owedOut] = row[o + COL.owedOut]! - fromOut;
  row[o + COL.shares + payer] = row[o + COL.shares + payer]! + fromIn + fromOut;
}

const owedIn = (r: Run): number => r.row[r.o + COL.owedIn]!;
const owedOut = (r: Run): number => r.row[r.o + COL.owedOut]!;
const isCardiac = (r: Run): boolean => r.t.plan && r.c.group === CARDIAC;
const isTreatFirst = (r: Run): boolean => r.t.plan && r.c.outpatient === 0 && r.c.inCounty && r.c.designated;

function rehabilitation(r: Run): void {
  const rehab = r.c.rehabilitation;
  if (!r.t.plan || rehab <= 0) return;
  const { row, o } = r;
  row[o + COL.inCat] = row[o + COL.inCat]! + rehab;
  row[o + COL.outCat] = row[o + COL.outCat]! - rehab;
  row[o + COL.owedIn] = row[o + COL.owedIn]! + rehab;
  row[o + COL.owedOut] = row[o + COL.owedOut]! - rehab;
}

function inpatientWaiver(r: Run): void {
  const { c } = r;
  if (!r.t.plan || c.outpatient === 1 || c.group === SURGICAL || c.group === CARDIAC) return;
  const full = timesHalfUp(r.row[r.o + COL.inCat]!, r.t.waiver);
  const owed = owedIn(r);
  pay(r, P.waiver, full < owed ? full : owed, 0);
}

function basicInsurance(r: Run): void {
  const { c, t, year } = r;
  const term = t.basic[basicIndex(c.outpatient, c.group, c.level)]!;
  const eligible = Math.max(0, owedIn(r) - term.deductible);
  let room = Math.max(0, t.basicCeiling - year[Y.basic]!);
  if (term.categoryCeiling >= 0) {
    room = Math.min(room, Math.max(0, term.categoryCeiling - year[Y.outpatient + term.category]!));
  }
  const basic = Math.min(timesHalfUp(eligible, term.rate), room);
  pay(r, P.basic, basic, 0);
  year[Y.basic] = year[Y.basic]! + basic;
  if (term.category >= 0) year[Y.outpatient + term.category] = year[Y.outpatient + term.category]! + basic;
}

function criticalIllness(r: Run): void {
  const { c, t, year } = r;
  const counted = c.outpatient === 0 || t.ci.outpatientGroups[c.group] === true;
  if (!counted || (isCardiac(r) && t.readings.cardiacNcmsPayment === 'basicOnly')) return;
  const prior = t.readings.deductiblePeriod === 'perYear' ? year[Y.ciBase]! : 0;
  const owed = owedIn(r);
  const d = t.ci.deductible;
  const room = Math.max(0, t.ci.ceiling - year[Y.ciPaid]!);
  const exact = bandScaled(prior + owed - d, t) - bandScaled(prior - d, t);
  const ci = Math.min(divHalfUp(exact, t.ci.den), room, owed);
  pay(r, P.ci, ci, 0);
  year[Y.ciBase] = year[Y.ciBase]! + owed;
  year[Y.ciPaid] = year[Y.ciPaid]! + ci;
}

function surgicalWaiver(r: Run): void {
  const { c, t } = r;
  if (!t.plan || c.group !== SURGICAL) return;
  if (t.readings.specifiedEnrollee !== 'allRegisteredPoor' && !c.specifiedEnrollee) return;
  pay(r, P.waiver, owedIn(r), t.readings.fullWaiverScope === 'wholeBill' ? owedOut(r) : 0);
}

function cardiac(r: Run): void {
  if (isCardiac(r)) pay(r, P.foundation, owedIn(r), owedOut(r));
}

function thirdLayer(r: Run): void {
  const { c, t, year } = r;
  const owed = owedIn(r);
  if (!c.registeredPoor || isCardiac(r) || owed <= 0) return;
  const room = Math.max(0, t.third.cap - year[Y.third]!);
  const amount = Math.min(timesHalfUp(owed, t.third.rate), room);
  pay(r, t.third.payer, amount, 0);
  year[Y.third] = year[Y.third]! + amount;
}

function countyFund(r: Run): void {
  const { t, row, o } = r;
  const onTotal = t.readings.inCountyRatioBase === 'totalCost';
  const base = onTotal ? row[o + COL.total]! : row[o + COL.inCat]!;
  const owed = onTotal ? owedIn(r) + owedOut(r) : owedIn(r);
  if (!isTreatFirst(r) || t.readings.inCountyTopUp !== 'countyFund' || base <= 0) return;
  const gap = Math.max(0, timesUp(base, t.target) - (base - owed));
  const fromIn = Math.min(gap, owedIn(r));
  const fromOut = onTotal ? Math.min(gap - fromIn, owedOut(r)) : 0;
  pay(r, P.county, fromIn, fromOut);
}

const noop = (): void => undefined;
/** The layers by code ({@link LAYER_CODES}). */
const LAYERS: readonly ((r: Run) => void)[] = [
  rehabilitation,
  noop,
  inpatientWaiver,
  basicInsurance,
  criticalIllness,
  surgicalWaiver,
  cardiac,
  thirdLayer,
  countyFund,
];

const SCRATCH: Run = {
  c: newFastClaim(),
  t: null as unknown as ClaimTerms,
  row: new Float64Array(ROW_WIDTH),
  o: 0,
  year: new Float64Array(YEAR_WIDTH),
};

/** Runs one claim into `row` at offset `o`, updating `year`; returns the result's flag bits. */
export function runFast(
  c: FastClaim,
  t: ClaimTerms,
  row: Float64Array,
  o: number,
  year: Float64Array,
): number {
  row.fill(0, o, o + ROW_WIDTH);
  row[o + COL.total] = c.total;
  row[o + COL.inCat] = c.inCatalogue;
  row[o + COL.outCat] = c.total - c.inCatalogue;
  row[o + COL.owedIn] = c.inCatalogue;
  row[o + COL.owedOut] = c.total - c.inCatalogue;
  const r = SCRATCH;
  r.c = c;
  r.t = t;
  r.row = row;
  r.o = o;
  r.year = year;
  for (const code of t.order) LAYERS[code]!(r);
  const deposit = c.outpatient === 0 && !(t.plan && c.inCounty && c.designated);
  return (
    (deposit ? FLAG.deposit : 0) |
    (c.inCounty ? FLAG.inCounty : 0) |
    (t.readings.inCountyRatioBase === 'totalCost' ? FLAG.onTotal : 0)
  );
}
