/**
 * `jilin-poverty-rules/dibao`: the rural minimum living guarantee (农村低保) of chapter 8 (兜底保障): the gap
 * subsidy, the exemption of guaranteed project returns, the 200% gradual exit, the safety-net classes and
 * the 一事一议 procedure, local Dibao standards as parameters and the two-lines-merge check.
 *
 * @packageDocumentation
 */
export { DIBAO_RULES, DIBAO_INTERPRETATIONS } from './rules.js';
export { DIBAO_CITATIONS } from './citations.js';
export * from './schema.js';
export type { TraceStep } from './trace.js';
export { dibaoGapSubsidy, MONTHS_PER_YEAR, type GapSubsidyResult } from './gapSubsidy.js';
export {
  countableIncome,
  CAMPAIGN_PERIODS,
  type AssessedIncomeItem,
  type DateSpan,
  type IncomeExemptionResult,
  type IncomeItemReason,
} from './incomeExemption.js';
export {
  checkGradualExit,
  gradualExitSchedule,
  gradualExitWeights,
  GRADUAL_EXIT_INCOME_MULTIPLE,
  GRADUAL_EXIT_MONTHS,
  MONTHS_PER_QUARTER,
  type GradualExitCheckResult,
  type GradualExitQuarter,
  type GradualExitReason,
  type GradualExitSchedule,
} from './gradualExit.js';
export { classifySafetyNet, type SafetyNetClass, type SafetyNetResult } from './safetyNet.js';
export {
  advanceCaseByCase,
  openCaseByCase,
  CASE_BY_CASE_STATUSES,
  CASE_BY_CASE_STEPS,
  type CaseByCaseRecord,
  type CaseByCaseState,
  type CaseByCaseStatus,
  type CaseByCaseStepSpec,
} from './caseByCase.js';
export {
  checkTwoLinesMerge,
  defineDibaoStandards,
  ILLUSTRATIVE_DIBAO_STANDARDS,
  TWO_LINES_MERGE_DEADLINE_YEAR,
  type DibaoStandardTable,
  type LocalDibaoStandard,
  type TwoLinesMergeCheckResult,
} from './standards.js';
