import * as z from 'zod/mini';
import { parseInput, refuse } from '../core/errors.js';
import { openEvaluation } from '../core/evaluation.js';
import { Money } from '../core/money.js';
import { computeClaim, openClaimCase, type ReimbursementResult } from './cascade.js';
import { MEDICAL_RULE_IDS } from './ids.js';
import { MEDICAL_SPEC } from './layers/case.js';
import { EMPTY_YEAR_TO_DATE, type YearToDate } from './ledger.js';
import { PAYERS, type Payer } from './params.js';
import { parseSchemeProfile } from './reimburse.js';
import {
  claimSchema,
  type Claim,
  type ClaimInput,
  type MedicalSchemeProfile,
  type MedicalSchemeProfileInput,
  type ReimburseOptions,
} from './schema.js';
import { MAX_LIST_LENGTH } from '../core/limits.js';

/** A year of one patient's claims, in date order. */
export const yearClaimsSchema = /* @__PURE__ */ z.array(claimSchema).check(
  z.maxLength(MAX_LIST_LENGTH, {
    error: `must hold at most ${String(MAX_LIST_LENGTH)} claims (MAX_LIST_LENGTH); stream a larger batch`,
  }),
);

/** One patient's year: each claim's result, the year's totals, and what the year used up. */
export interface YearResult {
  readonly claims: readonly ReimbursementResult[];
  readonly totals: {
    readonly totalCost: Money;
    readonly shares: Readonly<Record<Payer, Money>>;
    readonly reimbursed: Money;
    readonly outOfPocket: Money;
  };
  readonly yearToDate: YearToDate;
}

/**
 * Runs one patient's claims for one calendar year in date order, so that the critical illness deductible is met
 * once (under the `perYear` reading) and every annual ceiling and cap accumulates. Claims must be in date order
 * (equal dates keep their order) and in one calendar year. Each claim's own date selects its figures.
 *
 * @example
 * ```ts
 * const year = reimburseYear([januaryAdmission, juneAdmission], ILLUSTRATIVE_COUNTY_SCHEME_PROFILE);
 * year.claims[1].shares.criticalIllnessInsurance // pays from the first yuan once January met the deductible
 * ```
 */
export function reimburseYear(
  claims: readonly (ClaimInput | Claim)[],
  profile: MedicalSchemeProfileInput | MedicalSchemeProfile,
  options?: ReimburseOptions,
): YearResult {
  const parsed = parseInput(MEDICAL_RULE_IDS.fourLayers, yearClaimsSchema, claims, 'claims');
  const parsedProfile = parseSchemeProfile(profile);
  openEvaluation(MEDICAL_SPEC, options, null);
  // Each claim against the one before it: in date order, and in its year (which, claim by claim, is the first's).
  parsed.forEach((claim, index) => {
    const previous = parsed[index - 1];
    if (previous === undefined) return;
    if (claim.date < previous.date) {
      refuse(
        MEDICAL_RULE_IDS.fourLayers,
        `claims[${index}].date`,
        claim.date,
        `must not be before the previous claim (${previous.date})`,
        'out_of_order',
      );
    }
    if (claim.date.slice(0, 4) !== previous.date.slice(0, 4)) {
      refuse(
        MEDICAL_RULE_IDS.fourLayers,
        `claims[${index}].date`,
        claim.date,
        `must be in the same year as the first claim (${previous.date.slice(0, 4)})`,
        'different_year',
      );
    }
  });
  let yearToDate = EMPTY_YEAR_TO_DATE;
  const results: ReimbursementResult[] = [];
  for (const claim of parsed) {
    const { result, after } = computeClaim(openClaimCase(claim, parsedProfile, options, yearToDate));
    results.push(result);
    yearToDate = after;
  }
  const shares = Object.fromEntries(
    PAYERS.map((p) => [p, Money.sum(results.map((r) => r.shares[p]))]),
  ) as Record<Payer, Money>;
  return Object.freeze({
    claims: Object.freeze(results),
    totals: Object.freeze({
      totalCost: Money.sum(results.map((r) => r.totalCost)),
      shares: Object.freeze(shares),
      reimbursed: Money.sum(results.map((r) => r.reimbursed)),
      outOfPocket: Money.sum(results.map((r) => r.outOfPocket)),
    }),
    yearToDate,
  });
}
