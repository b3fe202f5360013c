import { openEvaluation } from '../core/evaluation.js';
import { Money } from '../core/money.js';
import { computeClaim, openClaimCase, type ReimbursementResult } from './cascade.js';
import { MEDICAL_SPEC } from './layers/case.js';
import { EMPTY_YEAR_TO_DATE } from './ledger.js';
import { PAYERS, type Payer } from './params.js';
import { parseClaim, parseSchemeProfile } from './reimburse.js';
import type {
  Claim,
  ClaimInput,
  MedicalSchemeProfile,
  MedicalSchemeProfileInput,
  ReimburseOptions,
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
 * What the plan changed for this patient: the claim under the pre-plan rules and under the plan (each regime
 * forced, whatever the claim's date), with the difference per payer. `options.readings` apply to both;
 * `options.overrides` (a reform of the plan) apply to the plan side only, the baseline being history.
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
  options?: Omit<ReimburseOptions, 'regime'>,
): BaselineComparison {
  const parsedClaim = parseClaim(claim);
  const parsedProfile = parseSchemeProfile(profile);
  openEvaluation(MEDICAL_SPEC, options, null);
  const run = (o: unknown) =>
    computeClaim(openClaimCase(parsedClaim, parsedProfile, o, EMPTY_YEAR_TO_DATE)).result;
  const plan = run({ ...(options as object | undefined), regime: 'plan' });
  const readings = (options as ReimburseOptions | undefined)?.readings;
  const baseline = run({ readings, regime: 'baseline' });
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
