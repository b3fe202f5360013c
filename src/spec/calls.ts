/**
 * Which function evaluates a rule by default, and which functions take a locality's figures as their second
 * argument. Data shared by the case runner, the CLI (`eval`, `batch`) and the converter of old case files.
 */

/**
 * The calls that take `(input, local, options?)`: the locality's figures (a county scheme profile, local Dibao
 * standards, a local subsidy rate) always in the second position.
 */
export const LOCAL_CALLS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'medical.reimburse',
  'medical.compareWithBaseline',
  'medical.reimburseYear',
  'dibao.dibaoGapSubsidy',
  'dibao.checkGradualExit',
  'housing.buildingSubsidy',
  'housing.siteBuildingSubsidy',
]);

/**
 * The calls that take no input, only `(options?)`: a whole-plan report (an audit, the programme figures).
 */
export const NO_INPUT_CALLS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'budget.auditBudget',
  'budget.budgetChartRows',
  'housing.relocationProgrammeReport',
  'targets.auditTable1',
  'finance.programmeAllocations',
  'finance.auditAllocations',
  'finance.fixedPointAssistance',
]);

/** The function a rule is evaluated with when a case or the CLI names only the rule. */
export const DEFAULT_CALLS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  'core.yiYuanUnit': 'yiToYuan',
  'regions.registry': 'regions.findRegion',
  'regions.lookup': 'regions.findRegion',
  'regions.nationalKeyCounties': 'regions.findRegion',
  'regions.oldRevolutionaryBaseAreas': 'regions.findRegion',
  'regions.ethnicMinorityAreas': 'regions.findRegion',
  'regions.yanbianThreshold': 'regions.findRegion',
  'regions.pairings': 'regions.pairingsOf',
  'timetable.twoLinesMerge': 'timetable.twoLinesMergeYear',
  'medical.fourLayers': 'medical.reimburse',
  'medical.basicInsurance': 'medical.reimburse',
  'medical.fiveUplifts': 'medical.reimburse',
  'medical.criticalIllnessDeductible': 'medical.reimburse',
  'medical.criticalIllnessInsurance': 'medical.reimburse',
  'medical.rehabilitationItems': 'medical.reimburse',
  'medical.surgical28Waiver': 'medical.reimburse',
  'medical.inpatientWaiver5Percent': 'medical.reimburse',
  'medical.cardiacFree': 'medical.reimburse',
  'medical.medicalAssistance': 'medical.reimburse',
  'medical.inCountyRatio': 'medical.reimburse',
  'medical.treatFirstPayLater': 'medical.reimburse',
  'dibao.gapSubsidy': 'dibao.dibaoGapSubsidy',
  'dibao.incomeExemption': 'dibao.countableIncome',
  'dibao.gradualExit': 'dibao.checkGradualExit',
  'dibao.safetyNetClass': 'dibao.classifySafetyNet',
  'dibao.caseByCaseProcedure': 'dibao.openCaseByCase',
  'dibao.localStandard': 'dibao.defineDibaoStandards',
  'dibao.twoLinesMerge': 'dibao.checkTwoLinesMerge',
  'housing.areaCap': 'housing.checkHousePlan',
  'housing.noBorrowingToBuildLarger': 'housing.checkHouseholdFinancing',
  'housing.subsidyByRegisteredHeadcount': 'housing.buildingSubsidy',
  'housing.concentratedShare': 'housing.checkResettlementMix',
  'housing.relocationCandidacy': 'housing.assessRelocationCandidacy',
  'housing.programmeFigures': 'housing.relocationProgrammeReport',
  'housing.programmeAudit': 'housing.relocationProgrammeReport',
  'housing.relocationDeadline': 'housing.checkRelocationDeadline',
  'housing.dangerousHouseDeadline': 'housing.checkDangerousHouseDeadline',
  'budget.table2': 'budget.budgetCell',
  'budget.table31': 'budget.budgetCell',
  'budget.table32': 'budget.budgetCell',
  'budget.textFigures': 'budget.auditBudget',
  'budget.regionBudget': 'budget.regionBudget',
  'budget.shares': 'budget.regionShare',
  'budget.chartRows': 'budget.budgetChartRows',
  'budget.audit': 'budget.auditBudget',
  'targets.table1': 'targets.assessTarget',
  'targets.planTargets': 'targets.assessTarget',
  'targets.assess': 'targets.assessTargets',
  'targets.table1Audit': 'targets.auditTable1',
  'targets.povertyIncidence': 'targets.povertyIncidence',
  'targets.villageExit': 'targets.checkVillageExit',
  'targets.countyExit': 'targets.checkCountyExit',
  'targets.householdExit': 'targets.checkHouseholdExit',
  'targets.householdExitProcedure': 'targets.startExitProcedure',
  'targets.villageExitProcedure': 'targets.startExitProcedure',
  'targets.countyExitProcedure': 'targets.startExitProcedure',
  'targets.policyRetention': 'targets.checkPolicyRetention',
  'finance.microcredit': 'finance.checkMicrocreditLoan',
  'finance.provincialFund': 'finance.provincialFundSchedule',
  'finance.landQuota': 'finance.landQuota',
  'finance.countyMatchingWaiver': 'finance.checkCountyMatching',
  'finance.programmeAllocations': 'finance.programmeAllocations',
  'finance.allocationAudit': 'finance.auditAllocations',
  'finance.pairings': 'finance.assistancePairs',
  'finance.fixedPointAssistance': 'finance.fixedPointAssistance',
});

/** Whether a call takes no input, only options. */
export function takesNoInput(call: string): boolean {
  return NO_INPUT_CALLS.includes(call);
}

/** Whether a call takes the locality's figures as its second argument. */
export function takesLocal(call: string): boolean {
  return LOCAL_CALLS.includes(call);
}
