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
export { HOUSING_PARAMS } from './rules.js';
export {
  AREA_CAP_PARAM,
  CONCENTRATED_SHARE_PARAM,
  DANGEROUS_HOUSE_DEADLINE_PARAM,
  PROGRAMME_PARAMS,
  RELOCATION_DEADLINE_PARAM,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept for 0.1 callers
  AREA_CAP_PER_PERSON,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept for 0.1 callers
  CONCENTRATED_SHARE_FLOOR,
  ILLUSTRATIVE_BUILDING_SUBSIDY_PER_PERSON,
  type PlanLimit,
} from './params.js';
export {
  areaCapFor,
  checkHousePlan,
  type AreaCap,
  type AreaCapFigures,
  type AreaCapOptions,
  type HouseholdPeople,
  type HousePlan,
  type HousePlanCheck,
  type HousePlanFigures,
} from './areaCap.js';
export {
  checkHouseholdFinancing,
  type HouseholdFinancing,
  type HouseholdFinancingCheck,
  type HouseholdFinancingFigures,
  type HouseholdFinancingOptions,
} from './borrowing.js';
export {
  buildingSubsidy,
  siteBuildingSubsidy,
  type BuildingSubsidyLocal,
  type HouseholdSubsidy,
  type HouseholdSubsidyFigures,
  type SiteSubsidy,
  type SiteSubsidyFigures,
  type SiteSubsidyInput,
} from './subsidy.js';
export {
  checkResettlementMix,
  type ResettlementMix,
  type ResettlementMixCheck,
  type ResettlementMixFigures,
  type ResettlementMixOptions,
} from './mix.js';
export {
  assessRelocationCandidacy,
  RELOCATION_CONDITIONS,
  type RelocationCandidacy,
  type RelocationCandidacyFigures,
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
  type ProgrammeDerivedFigures,
  type ProgrammeFigure,
  type ProgrammeReport,
  type ProgrammeReportFigures,
  type RelocationProgramme,
} from './programme.js';
export {
  checkDangerousHouseDeadline,
  checkRelocationDeadline,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept for 0.1 callers
  dangerousHouseDeadlineCheck,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept for 0.1 callers
  relocationDeadlineCheck,
  DANGEROUS_HOUSE_DEADLINE,
  RELOCATION_DEADLINES,
  type DeadlineCheck,
  type DeadlineCheckInput,
  type DeadlineFigures,
  type DeadlineStatus,
  type RelocationDeadlineOptions,
} from './deadlines.js';
export * from './schema.js';
