/**
 * `jilin-poverty-rules/housing`: poverty-alleviation relocation and housing (chapter 4, chapter 10 section 3,
 * 表1 of the plan). The 25 m² per registered person area cap, the borrowing rule before stable exit, building
 * subsidies counted on registered headcount, the more-than-70% concentrated-resettlement rule, relocation
 * candidacy, the programme figures with an audit of what they cannot reconcile, and the 2017/2018 deadlines.
 *
 * @packageDocumentation
 */
export { HOUSING_RULES, HOUSING_INTERPRETATIONS, HOUSING_RULE_IDS } from './rules.js';
export { HOUSING_CITATIONS } from './citations.js';
export {
  AREA_CAP_PER_PERSON,
  CONCENTRATED_SHARE_FLOOR,
  ILLUSTRATIVE_BUILDING_SUBSIDY_PER_PERSON,
  type PlanLimit,
} from './params.js';
export {
  areaCapFor,
  checkHousePlan,
  type AreaCap,
  type AreaCapOptions,
  type HouseholdPeople,
  type HousePlan,
  type HousePlanCheck,
} from './areaCap.js';
export {
  checkHouseholdFinancing,
  type HouseholdFinancing,
  type HouseholdFinancingCheck,
  type HouseholdFinancingOptions,
} from './borrowing.js';
export {
  buildingSubsidy,
  siteBuildingSubsidy,
  type HouseholdSubsidy,
  type HouseholdSubsidyInput,
  type SiteSubsidy,
  type SiteSubsidyInput,
} from './subsidy.js';
export {
  checkResettlementMix,
  type ResettlementMix,
  type ResettlementMixCheck,
  type ResettlementMixOptions,
} from './mix.js';
export {
  assessRelocationCandidacy,
  RELOCATION_CONDITIONS,
  type RelocationCandidacy,
  type RelocationCandidacyInput,
  type RelocationCandidacyOptions,
  type RelocationCondition,
  type RelocationConditionId,
} from './candidacy.js';
export {
  PROGRAMME_DERIVED_FIGURES,
  RELOCATION_PROGRAMME,
  RELOCATION_PROGRAMME_AUDIT,
  relocationProgrammeReport,
  type AuditFinding,
  type AuditSeverity,
  type DerivedFigure,
  type NamedPlaces,
  type ProgrammeFigure,
} from './programme.js';
export {
  dangerousHouseDeadlineCheck,
  relocationDeadlineCheck,
  DANGEROUS_HOUSE_DEADLINE,
  RELOCATION_DEADLINES,
  type DeadlineCheck,
  type DeadlineStatus,
  type RelocationDeadlineOptions,
} from './deadlines.js';
export * from './schema.js';
