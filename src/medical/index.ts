/**
 * `jilin-poverty-rules/medical`: who pays what of a registered poor patient's medical bill under the plan's
 * four layers of protection, 五提高, 一降低, 一纳入, 三减免 and 先诊疗后付费 (chapter 7, section 2), to the fen,
 * with a cited trace.
 *
 * @packageDocumentation
 */
export { MEDICAL_RULES, MEDICAL_INTERPRETATIONS, MEDICAL_PARAMS } from './rules.js';
// The deprecated aliases stay exported for 0.1 callers.
/* eslint-disable @typescript-eslint/no-deprecated */
export { MEDICAL_ENTRY_RULE, MEDICAL_RULE_IDS } from './ids.js';
export {
  BASELINE_CRITICAL_ILLNESS_DEDUCTIBLE,
  CARE_TYPES,
  CHRONIC_DISEASE_COUNT_PARAM,
  CRITICAL_ILLNESS_DEDUCTIBLE_PARAM,
  IN_COUNTY_RATIO_MAX_PARAM,
  IN_COUNTY_RATIO_MIN_PARAM,
  INPATIENT_WAIVER_RATE_PARAM,
  MAJOR_DISEASE_COUNT_PARAM,
  REHABILITATION_ITEMS_PARAM,
  SPECIAL_DISEASE_COUNT_PARAM,
  SURGICAL_DISEASE_COUNT_PARAM,
  UPLIFT_POINTS_PARAM,
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
/* eslint-enable @typescript-eslint/no-deprecated */
export {
  claimSchema,
  criticalIllnessBandSchema,
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
  type ReimbursementFigures,
  type ReimbursementRatios,
  type ReimbursementResult,
  type Shares,
  type TraceStep,
  type TraceValue,
  type YearToDate,
} from './reimburse.js';
export { compareWithBaseline, type BaselineComparison } from './compare.js';
export { reimburseYear, yearClaimsSchema, type YearResult } from './year.js';
export {
  compileScheme,
  CompiledScheme,
  type BatchItemError,
  type BatchTotals,
  type ReimbursementBatch,
  type StreamOptions,
  type YearBatch,
  type YearFigures,
  reimburseManyInWorkers,
  runBatchShard,
  type BatchShard,
  type WorkerPoolOptions,
} from './batch/index.js';
