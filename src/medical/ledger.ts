import { Money } from '../core/money.js';
import { PAYERS, type Payer } from './params.js';
import type { Claim } from './schema.js';

/** The outpatient categories with their own basic insurance ceiling. */
export type OutpatientCategory = 'chronic32' | 'special42' | 'general';

/** What a year of claims has used up so far: carried from claim to claim by `reimburseYear`. */
export interface YearToDate {
  /** Basic insurance paid this year, all care. */
  readonly basicInsurancePaid: Money;
  /** Basic insurance paid this year per outpatient category (for their own ceilings). */
  readonly outpatientPaid: Readonly<Record<OutpatientCategory, Money>>;
  /** Costs left by basic insurance that counted toward critical illness insurance this year. */
  readonly criticalIllnessBase: Money;
  readonly criticalIllnessPaid: Money;
  /** Paid by the third layer (medical assistance or commercial insurance) this year. */
  readonly thirdLayerPaid: Money;
}

/** Nothing used yet: the start of a year. */
export const EMPTY_YEAR_TO_DATE: YearToDate = /* @__PURE__ */ Object.freeze({
  basicInsurancePaid: Money.ZERO,
  outpatientPaid: Object.freeze({ chronic32: Money.ZERO, special42: Money.ZERO, general: Money.ZERO }),
  criticalIllnessBase: Money.ZERO,
  criticalIllnessPaid: Money.ZERO,
  thirdLayerPaid: Money.ZERO,
});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The one running account of a claim that every layer reads and writes: what the patient still owes in and
 * out of the catalogue, what each payer has paid, and the year's running totals. Layers pay through
 * {@link pay}, so `Σ shares + owedIn + owedOut = totalCost` holds after every step.
 */
export interface Ledger {
  readonly totalCost: Money;
  /** In-catalogue costs as reimbursed (the rehabilitation items join them under the plan). */
  inCatalogue: Money;
  outOfCatalogue: Money;
  /** Still owed by the patient on in-catalogue costs. */
  owedIn: Money;
  /** Still owed by the patient on out-of-catalogue costs. */
  owedOut: Money;
  readonly shares: Record<Payer, Money>;
  /** The year to date, before this claim and updated by its layers. */
  readonly year: Mutable<Omit<YearToDate, 'outpatientPaid'>> & {
    readonly outpatientPaid: Record<OutpatientCategory, Money>;
  };
}

/** Opens the ledger of a claim: nothing paid yet, the year as it stood before. */
export function openLedger(claim: Claim, before: YearToDate): Ledger {
  return {
    totalCost: claim.totalCost,
    inCatalogue: claim.inCatalogueCost,
    outOfCatalogue: claim.totalCost.minus(claim.inCatalogueCost),
    owedIn: claim.inCatalogueCost,
    owedOut: claim.totalCost.minus(claim.inCatalogueCost),
    shares: Object.fromEntries(PAYERS.map((p) => [p, Money.ZERO])) as Record<Payer, Money>,
    year: { ...before, outpatientPaid: { ...before.outpatientPaid } },
  };
}

/** A payer pays `fromIn` of the in-catalogue and `fromOut` of the out-of-catalogue costs still owed. */
export function pay(ledger: Ledger, payer: Payer, fromIn: Money, fromOut: Money = Money.ZERO): void {
  ledger.owedIn = ledger.owedIn.minus(fromIn);
  ledger.owedOut = ledger.owedOut.minus(fromOut);
  ledger.shares[payer] = ledger.shares[payer].plus(fromIn).plus(fromOut);
}

/** The year to date after the claim, frozen. */
export function closeYear(ledger: Ledger): YearToDate {
  return Object.freeze({
    ...ledger.year,
    outpatientPaid: Object.freeze({ ...ledger.year.outpatientPaid }),
  });
}
