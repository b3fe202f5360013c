import type { Decimal } from 'decimal.js';
import { defineRuleSpec, type RuleContext } from '../../core/evaluation.js';
import type { Money } from '../../core/money.js';
import { formatPercent } from '../../core/rate.js';
import type { Interpretation } from '../../core/registry.js';
import { MEDICAL_RULE_IDS } from '../ids.js';
import { MEDICAL_CITATIONS as C, MEDICAL_PARAM_LIST, type Payer } from '../params.js';
import { MEDICAL_INTERPRETATIONS } from '../rules.js';
import type { Claim, MedicalReadings, MedicalSchemeProfile } from '../schema.js';
import type { YearToDate } from '../ledger.js';

/** What `reimburse` declares under the rule contract: the four layers, every medical param and reading. */
export const MEDICAL_SPEC = defineRuleSpec({
  ruleId: MEDICAL_RULE_IDS.fourLayers,
  citations: [C.poorPeopleScheme, C.fourLayers],
  params: MEDICAL_PARAM_LIST,
  interpretations: MEDICAL_INTERPRETATIONS,
});

/** The evaluation context of a medical claim: trace steps pay a payer or the patient. */
export type MedicalContext = RuleContext<Payer | 'patient'>;

/** One claim under evaluation: the context, the validated inputs, the readings applied and the regime. */
export interface ClaimCase {
  readonly ctx: MedicalContext;
  readonly claim: Claim;
  readonly profile: MedicalSchemeProfile;
  readonly readings: MedicalReadings;
  /** The plan's rules apply: the plan regime for a registered poor patient. */
  readonly plan: boolean;
  /** What the year had used before this claim. */
  readonly before: YearToDate;
}

function interpretation(key: keyof MedicalReadings): Interpretation {
  const found = MEDICAL_INTERPRETATIONS.find((i) => i.id === `medical.${key}`);
  // Stryker disable next-line ConditionalExpression,StringLiteral: every key of MedicalReadings is registered in MEDICAL_INTERPRETATIONS (test/medical/errors-and-registry checks it), so this guard never throws
  if (found === undefined) throw new Error(`medical.${key} is not registered`);
  return found;
}

/** The readings the context resolved (from the registry, or the caller's), typed. */
export function readingsOf(ctx: MedicalContext): MedicalReadings {
  const r = <K extends keyof MedicalReadings>(key: K): MedicalReadings[K] =>
    ctx.reading<MedicalReadings[K]>(interpretation(key));
  return {
    fiveUpliftsScope: r('fiveUpliftsScope'),
    waiverPosition: r('waiverPosition'),
    fullWaiverScope: r('fullWaiverScope'),
    inCountyRatioBase: r('inCountyRatioBase'),
    inCountyTopUp: r('inCountyTopUp'),
    deductiblePeriod: r('deductiblePeriod'),
    specifiedEnrollee: r('specifiedEnrollee'),
    cardiacNcmsPayment: r('cardiacNcmsPayment'),
  };
}

/** A rate for a sentence: `65%`, `65.5%`. */
export const pct = (r: Decimal): string => formatPercent(r.toDecimalPlaces(4));
/** An amount for a sentence: `1234.50`. */
export const yuan = (m: Money): string => m.toString();

/** Free cardiac surgery applies: the plan, a cardiac intervention. */
export const isCardiac = (c: ClaimCase): boolean => c.plan && c.claim.diseaseGroup === 'cardiacIntervention';

/** 先诊疗后付费 applies: the plan, an admission to a designated in-county hospital. */
export const isTreatFirst = (c: ClaimCase): boolean =>
  c.plan && c.claim.careType === 'inpatient' && c.claim.hospital.inCounty && c.claim.hospital.designated;
