/**
 * `jilin-poverty-rules/dibao`: the rural minimum living guarantee (农村低保) of chapter 8 (兜底保障): the gap
 * subsidy, the exemption of guaranteed project returns, the gradual exit, the safety-net classes and the 一事一议
 * procedure, local Dibao standards as parameters and the two-lines-merge check. Every evaluating function
 * follows the rule contract: `(input, options?)` or `(household, local, options?)`, returning its figures with
 * the evaluation envelope (`ruleId`, `date`, `regime`, `citations`, `readings`, `params`, bilingual `trace`).
 *
 * @packageDocumentation
 */
export { DIBAO_RULES, DIBAO_INTERPRETATIONS, DIBAO_PARAMS, DIBAO_RULE_IDS } from './rules.js';
export { DIBAO_CITATIONS } from './citations.js';
export * from './schema.js';
/** @deprecated the core trace step: `import type { TraceStep } from 'jilin-poverty-rules'`. */
export type { TraceStep } from '../core/evaluation.js';
// dibaoGapSubsidy and checkGradualExit keep a deprecated overload (the 0.1 one-object form).
// eslint-disable-next-line @typescript-eslint/no-deprecated
export { dibaoGapSubsidy } from './gapSubsidy.js';
// eslint-disable-next-line @typescript-eslint/no-deprecated
export { checkGradualExit } from './gradualExit.js';
export {
  MONTHS_PER_YEAR,
  type GapSubsidyFigures,
  type GapSubsidyOptions,
  type GapSubsidyResult,
} from './gapSubsidy.js';
/* eslint-disable @typescript-eslint/no-deprecated -- deprecated aliases of 0.1, kept for callers */
export { type IncomeMeasureOptions } from './gapSubsidy.js';
export { CAMPAIGN_PERIODS } from './incomeExemption.js';
export { GRADUAL_EXIT_INCOME_MULTIPLE, GRADUAL_EXIT_MONTHS, MONTHS_PER_QUARTER } from './gradualExit.js';
export { TWO_LINES_MERGE_DEADLINE_YEAR } from './standards.js';
/* eslint-enable @typescript-eslint/no-deprecated */
export {
  countableIncome,
  type AssessedIncomeItem,
  type DateSpan,
  type IncomeExemptionFigures,
  type IncomeExemptionOptions,
  type IncomeExemptionResult,
  type IncomeItemReason,
} from './incomeExemption.js';
export {
  type GradualExitCheckFigures,
  type GradualExitCheckOptions,
  type GradualExitCheckResult,
  type GradualExitReason,
} from './gradualExit.js';
export {
  gradualExitSchedule,
  gradualExitWeights,
  type GradualExitQuarter,
  type GradualExitSchedule,
  type GradualExitScheduleFigures,
  type GradualExitScheduleOptions,
} from './gradualExitSchedule.js';
export {
  classifySafetyNet,
  type SafetyNetClass,
  type SafetyNetFigures,
  type SafetyNetOptions,
  type SafetyNetResult,
} from './safetyNet.js';
export {
  advanceCaseByCase,
  caseByCaseStateSchema,
  openCaseByCase,
  CASE_BY_CASE_STATUSES,
  CASE_BY_CASE_STEPS,
  type CaseByCaseRecord,
  type CaseByCaseState,
  type CaseByCaseStateInput,
  type CaseByCaseStatus,
  type CaseByCaseStepSpec,
} from './caseByCase.js';
export {
  checkTwoLinesMerge,
  defineDibaoStandards,
  ILLUSTRATIVE_DIBAO_STANDARDS,
  type DibaoStandardTable,
  type LocalDibaoStandard,
  type TwoLinesMergeCheckFigures,
  type TwoLinesMergeCheckResult,
  type TwoLinesMergeOptions,
} from './standards.js';
export {
  compileDibao,
  CompiledDibao,
  type DibaoBatch,
  type DibaoItemError,
  type GapSubsidyTotals,
} from './batch.js';
