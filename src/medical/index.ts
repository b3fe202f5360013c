/**
 * `jilin-poverty-rules/medical`: who pays what of a registered poor patient's medical bill under the plan's
 * four layers of protection, 五提高, 一降低, 一纳入, 三减免 and 先诊疗后付费 (chapter 7, section 2), to the fen,
 * with a cited trace.
 *
 * @packageDocumentation
 */
export { MEDICAL_RULES, MEDICAL_INTERPRETATIONS } from './rules.js';
export {
  BASELINE_CRITICAL_ILLNESS_DEDUCTIBLE,
  CARE_TYPES,
  DISEASE_GROUPS,
  HOSPITAL_LEVELS,
  INPATIENT_WAIVER_RATE,
  IN_COUNTY_RATIO_RANGE,
  MEDICAL_CITATIONS,
  PAYERS,
  PLAN_CRITICAL_ILLNESS_DEDUCTIBLE,
  REHABILITATION_ITEM_COUNT,
  UPLIFT,
  UPLIFT_POINTS,
  type CareType,
  type DiseaseGroup,
  type HospitalLevel,
  type Payer,
} from './params.js';
export {
  claimSchema,
  criticalIllnessBandSchema,
  DEFAULT_READINGS,
  diseaseGroupSchema,
  hospitalSchema,
  patientSchema,
  readingsSchema,
  reimburseOptionsSchema,
  schemeProfileSchema,
  type Claim,
  type ClaimInput,
  type MedicalReadings,
  type MedicalSchemeProfile,
  type MedicalSchemeProfileInput,
  type ReimburseOptions,
} from './schema.js';
export { ILLUSTRATIVE_COUNTY_SCHEME_PROFILE } from './profile.js';
export {
  EMPTY_YEAR_TO_DATE,
  parseSchemeProfile,
  reimburse,
  type Regime,
  type ReimbursementRatios,
  type ReimbursementResult,
  type Shares,
  type TraceStep,
  type TraceValue,
  type YearToDate,
} from './reimburse.js';
export { compareWithBaseline, type BaselineComparison } from './compare.js';
export { reimburseYear, yearClaimsSchema, type YearResult } from './year.js';
