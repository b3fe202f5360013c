/**
 * `jilin-poverty-rules/targets`: the plan's targets and the exit of poor people, villages and counties. 表1
 * (both parts) and every other quantitative target of chapters 1–10 and 12 as cited data; an audit of what 表1
 * implies; the assessment of observations against targets; poverty incidence and the exit standards (2% 以下,
 * 3% 以下 in 延边州); the three exit procedures as state machines; 摘帽不摘政策.
 *
 * @packageDocumentation
 */
export { TARGETS_INTERPRETATIONS, TARGETS_PARAMS, TARGETS_RULES, TARGETS_RULE_IDS } from './rules.js';
export {
  COUNTY_EXIT_INCIDENCE,
  COUNTY_EXIT_INCIDENCE_YANBIAN,
  PLAN_END_DATE,
  TARGETS,
  VILLAGE_EXIT_INCIDENCE,
  VILLAGE_EXIT_INCIDENCE_YANBIAN,
} from './params.js';
export { EXIT_CITATIONS } from './citations.js';
export { TABLE_1_HEADER, TABLE_1_TITLE } from './table1.js';
export {
  PLAN_YEARS,
  type Target,
  type TargetAttribute,
  type TargetFigure,
  type TargetFigureKind,
} from './model.js';
export {
  assessTarget,
  assessTargets,
  type TargetAssessment,
  type TargetStatus,
  type TargetStatusCounts,
} from './assess.js';
export { auditTable1, type Table1AuditCheck, type Table1AuditStatus } from './audit.js';
export {
  checkCountyExit,
  checkVillageExit,
  COUNTY_EXIT_CONDITIONS,
  povertyIncidence,
  VILLAGE_EXIT_CONDITIONS,
  type ChecklistItem,
  type ExitCondition,
  type Incidence,
  type PlaceExitCheck,
} from './exit.js';
export {
  checkHouseholdExit,
  HOUSEHOLD_EXIT_CONDITIONS,
  HOUSEHOLD_INCOME_BOUND,
  type HouseholdExitCheck,
} from './household.js';
export {
  advanceExitProcedure,
  EXIT_PROCEDURES,
  startExitProcedure,
  type ExitProcedureKind,
  type ProcedureRecord,
  type ProcedureState,
  type ProcedureStep,
} from './procedures.js';
export { checkPolicyRetention, type PolicyRetention, type RetentionStatus } from './retention.js';
export * from './schema.js';
