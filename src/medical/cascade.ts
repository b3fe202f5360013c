import { meetsBound } from '../core/bounds.js';
import { refuse } from '../core/errors.js';
import { openEvaluation, type RuleResult } from '../core/evaluation.js';
import { Money } from '../core/money.js';
import type { Rate } from '../core/rate.js';
import { MEDICAL_RULE_IDS as ID } from './ids.js';
import { closeYear, openLedger, type Ledger, type YearToDate } from './ledger.js';
import {
  IN_COUNTY_RATIO_MAX_PARAM as RATIO_MAX,
  IN_COUNTY_RATIO_MIN_PARAM as RATIO_MIN,
  MEDICAL_CITATIONS as C,
  PAYERS,
  type Payer,
} from './params.js';
import type { Claim, MedicalSchemeProfile } from './schema.js';
import { MEDICAL_SPEC, readingsOf, yuan, type ClaimCase, type MedicalContext } from './layers/case.js';
import { inCountyBase } from './layers/county-fund.js';
import { LAYERS, layerOrder } from './layers/order.js';

/** Each payer's share of a bill, in yuan exact to the fen. */
export type Shares = Readonly<Record<Payer, Money>>;

/** Reimbursement ratios, exact; null where the ratio's base is zero or (in-county) the care was not in-county. */
export interface ReimbursementRatios {
  /** Everything paid by others ÷ the whole bill. */
  readonly overall: Rate | null;
  /** In-catalogue costs paid by others ÷ in-catalogue costs. */
  readonly inCatalogue: Rate | null;
  /** The in-county ratio on the base the reading `medical.inCountyRatioBase` names; null if not in-county. */
  readonly inCounty: Rate | null;
}

/** Who pays what of one bill. `Σ shares + outOfPocket = totalCost`, exactly. */
export interface ReimbursementFigures {
  readonly claimId: string | null;
  readonly totalCost: Money;
  /** In-catalogue costs as reimbursed (with the 23 rehabilitation items under the plan). */
  readonly inCatalogueCost: Money;
  readonly outOfCatalogueCost: Money;
  readonly shares: Shares;
  /** Σ shares. */
  readonly reimbursed: Money;
  /** What the patient pays: `totalCost − reimbursed`. */
  readonly outOfPocket: Money;
  /** Of which on in-catalogue costs. */
  readonly outOfPocketInCatalogue: Money;
  /** Of which on out-of-catalogue costs. */
  readonly outOfPocketOutOfCatalogue: Money;
  readonly ratios: ReimbursementRatios;
  /** False under 先诊疗后付费 (and for outpatient bills, which take no deposit). */
  readonly depositRequired: boolean;
}

/**
 * The figures with the rule contract's envelope: `ruleId` (`medical.fourLayers`), `date` (the claim's),
 * `regime` (`plan` only for a registered poor patient under the plan), `citations`, `readings`, `params` and
 * the `trace`, whose steps pay a payer or the patient.
 */
export type ReimbursementResult = RuleResult<ReimbursementFigures, Payer | 'patient'>;

/** Refuses a profile whose county fund target lies outside the in-county range in force (a reform may narrow it). */
function checkTarget(ctx: MedicalContext, profile: MedicalSchemeProfile): void {
  const target = profile.countyFund.targetInCountyRatio;
  if (
    !meetsBound(target, '不低于', ctx.decimal(RATIO_MIN)) ||
    !meetsBound(target, '不超过', ctx.decimal(RATIO_MAX))
  ) {
    refuse(
      ID.fourLayers,
      'profile.countyFund.targetInCountyRatio',
      target.toString(),
      `must lie in the in-county range ${ctx.show(RATIO_MIN, 'en')}—${ctx.show(RATIO_MAX, 'en')}`,
    );
  }
}

/**
 * The evaluation context of a claim dated `date` for a patient who is (or is not) registered poor: the date
 * selects the regime (`core.planEffectiveDate`) unless `options.regime` forces one, and the plan's rules apply
 * only to a registered poor patient (baseline for others). Validates the options (under `options`) and the
 * profile's county fund target against the range in force.
 */
export function openClaimContext(
  date: string,
  registeredPoor: boolean,
  profile: MedicalSchemeProfile,
  options: unknown,
): MedicalContext {
  let ctx: MedicalContext = openEvaluation(MEDICAL_SPEC, options, date);
  if (ctx.regime === 'plan' && !registeredPoor) {
    ctx = openEvaluation(MEDICAL_SPEC, { ...(options as object | undefined), regime: 'baseline' }, date);
  }
  checkTarget(ctx, profile);
  return ctx;
}

/**
 * Opens the evaluation of one claim ({@link openClaimContext}) with the year to date before it.
 */
export function openClaimCase(
  claim: Claim,
  profile: MedicalSchemeProfile,
  options: unknown,
  before: YearToDate,
): ClaimCase {
  const ctx = openClaimContext(claim.date, claim.patient.registeredPoor, profile, options);
  return { ctx, claim, profile, readings: readingsOf(ctx), plan: ctx.regime === 'plan', before };
}

/** The patient's remainder, the last step of every trace. */
function patientStep(c: ClaimCase, ledger: Ledger, reimbursed: Money): void {
  const outOfPocket = ledger.owedIn.plus(ledger.owedOut);
  const total = yuan(ledger.totalCost);
  const parts = { in: yuan(ledger.owedIn), out: yuan(ledger.owedOut) };
  c.ctx.step({
    ruleId: ID.fourLayers,
    citations: [C.fourLayers],
    payer: 'patient',
    inputs: { totalCost: total, reimbursed: yuan(reimbursed) },
    amount: outOfPocket,
    zh: `个人自付：${total} − ${yuan(reimbursed)} = ${yuan(outOfPocket)} 元（目录内 ${parts.in} 元，目录外 ${parts.out} 元）`,
    en: `Patient pays: ${total} − ${yuan(reimbursed)} = ${yuan(outOfPocket)} (${parts.in} in, ${parts.out} out of the catalogue)`,
  });
}

const ratioOf = (part: Money, whole: Money): Rate | null => (whole.isZero() ? null : part.ratioTo(whole));

/** The figures of a claim once every layer has paid. */
function figuresOf(c: ClaimCase, ledger: Ledger, reimbursed: Money): ReimbursementFigures {
  const { base, owed } = inCountyBase(c, ledger);
  const inpatient = c.claim.careType === 'inpatient';
  const h = c.claim.hospital;
  return {
    claimId: c.claim.id ?? null,
    totalCost: ledger.totalCost,
    inCatalogueCost: ledger.inCatalogue,
    outOfCatalogueCost: ledger.outOfCatalogue,
    shares: { ...ledger.shares },
    reimbursed,
    outOfPocket: ledger.owedIn.plus(ledger.owedOut),
    outOfPocketInCatalogue: ledger.owedIn,
    outOfPocketOutOfCatalogue: ledger.owedOut,
    ratios: {
      overall: ratioOf(reimbursed, ledger.totalCost),
      inCatalogue: ratioOf(ledger.inCatalogue.minus(ledger.owedIn), ledger.inCatalogue),
      inCounty: h.inCounty ? ratioOf(base.minus(owed), base) : null,
    },
    depositRequired: inpatient && !(c.plan && h.inCounty && h.designated),
  };
}

/**
 * Runs the cascade on one claim: each layer in the order the readings choose ({@link layerOrder}) pays
 * through one ledger; the patient pays the rest. Returns the result and the year to date after the claim.
 */
export function computeClaim(c: ClaimCase): { result: ReimbursementResult; after: YearToDate } {
  const ledger = openLedger(c.claim, c.before);
  for (const name of layerOrder(c.readings)) LAYERS[name](c, ledger);
  const reimbursed = Money.sum(PAYERS.map((p) => ledger.shares[p]));
  patientStep(c, ledger, reimbursed);
  return { result: c.ctx.finish(figuresOf(c, ledger, reimbursed)), after: closeYear(ledger) };
}
