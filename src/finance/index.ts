/**
 * `jilin-poverty-rules/finance`: finance, land and partnerships (chapters 9, 10 and 12, with the programme
 * figures of chapters 4, 10 and 11). Poverty-alleviation microcredit (5万元以下3年内免担保免抵押), the provincial
 * special fund's growth schedule (+1 亿元 a year from 2016, 15 亿元 in all), 600 mu of new construction land a year
 * for each national key county, the waiver of county matching funds, the programme allocations with per-unit
 * figures and an audit against the budget tables, the pairings of 专栏7–9 both ways, and fixed-point assistance.
 * Every figure is a dated, cited parameter (`FINANCE_PARAMS`); the evaluating functions follow the rule contract.
 *
 * @packageDocumentation
 */
export { FINANCE_INTERPRETATIONS, FINANCE_PARAMS, FINANCE_RULES, FINANCE_RULE_IDS } from './rules.js';
export { FINANCE_CITATIONS } from './citations.js';
export {
  checkMicrocreditLoan,
  type MicrocreditCheck,
  type MicrocreditCondition,
  type MicrocreditConditionId,
  type MicrocreditTermReading,
} from './microcredit.js';
export {
  PROVINCIAL_FUND_USES,
  provincialFundSchedule,
  type FundIncreaseReading,
  type FundSchedule,
  type FundYear,
} from './fund.js';
export { landQuota, type LandQuota } from './land.js';
export { checkCountyMatching, type CountyMatchingCheck } from './matching.js';
export {
  programmeAllocations,
  type AllocationBudgetCell,
  type FacilitiesSitesReading,
  type PerUnitFigure,
  type ProgrammeAllocation,
  type ProgrammeAllocations,
} from './programme.js';
export {
  auditAllocations,
  type AllocationAudit,
  type AllocationAuditCheck,
  type AllocationAuditStatus,
} from './audit.js';
export {
  ASSISTANCE_PAIRS,
  assistancePairs,
  helpersFor,
  recipientsOf,
  type AssistancePair,
  type AssistancePairList,
  type PairEnd,
} from './pairs.js';
export {
  checkDepartmentVillages,
  fixedPointAssistance,
  type DepartmentVillagesCheck,
  type FixedPointAssistance,
  type LeaderCoverageReading,
} from './fixedPoint.js';
export * from './schema.js';
