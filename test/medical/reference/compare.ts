// Test-only reference: the medical cascade before issue 9 (see README.md).
import { Money } from '../../../src/core/money.js';
import { PAYERS, type Payer } from './params.js';
import {
  computeClaim,
  EMPTY_YEAR_TO_DATE,
  parseClaim,
  parseSchemeProfile,
  resolveOptions,
  type ReimbursementResult,
} from './reimburse.js';
import type {
  Claim,
  ClaimInput,
  MedicalReadings,
  MedicalSchemeProfile,
  MedicalSchemeProfileInput,
} from './schema.js';

/** The same claim before and under the plan, and what the plan changed (plan − baseline). */
export interface BaselineComparison {
  /** Pre-plan rules: no uplifts, the 10,000 deductible, no rehabilitation items, no waivers, no county top-up. */
  readonly baseline: ReimbursementResult;
  /** The plan's rules (the same as `baseline` for a patient who is not registered poor). */
  readonly plan: ReimbursementResult;
  /** Plan − baseline, per payer, and for the patient (negative: the patient pays less). */
  readonly difference: {
    readonly shares: Readonly<Record<Payer, Money>>;
    readonly reimbursed: Money;
    readonly outOfPocket: Money;
  };
}

/**
 * What the plan changed for this patient: the claim under the pre-plan rules and under the plan, with the
 * difference per payer.
 *
 * @example
 * ```ts
 * const c = compareWithBaseline(claim, ILLUSTRATIVE_COUNTY_SCHEME_PROFILE);
 * c.difference.outOfPocket.toString() //=> e.g. '-1234.56': the patient pays 1,234.56 less under the plan
 * ```
 */
export function compareWithBaseline(
  claim: ClaimInput | Claim,
  profile: MedicalSchemeProfileInput | MedicalSchemeProfile,
  options?: { readonly readings?: Partial<MedicalReadings> },
): BaselineComparison {
  const parsedClaim = parseClaim(claim);
  const parsedProfile = parseSchemeProfile(profile);
  const { readings } = resolveOptions(options);
  const baseline = computeClaim(
    parsedClaim,
    parsedProfile,
    { readings, regime: 'baseline' },
    EMPTY_YEAR_TO_DATE,
  ).result;
  const plan = computeClaim(
    parsedClaim,
    parsedProfile,
    { readings, regime: 'plan' },
    EMPTY_YEAR_TO_DATE,
  ).result;
  const shares = Object.fromEntries(
    PAYERS.map((p) => [p, plan.shares[p].minus(baseline.shares[p])]),
  ) as Record<Payer, Money>;
  return Object.freeze({
    baseline,
    plan,
    difference: Object.freeze({
      shares: Object.freeze(shares),
      reimbursed: plan.reimbursed.minus(baseline.reimbursed),
      outOfPocket: plan.outOfPocket.minus(baseline.outOfPocket),
    }),
  });
}
