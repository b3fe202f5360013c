/** The rule ids of the targets area, one object (`TARGETS_RULE_IDS.villageExit`). */
export const TARGETS_RULE_IDS = /* @__PURE__ */ Object.freeze({
  table1: 'targets.table1',
  planTargets: 'targets.planTargets',
  table1Audit: 'targets.table1Audit',
  assess: 'targets.assess',
  povertyIncidence: 'targets.povertyIncidence',
  householdExit: 'targets.householdExit',
  villageExit: 'targets.villageExit',
  countyExit: 'targets.countyExit',
  householdExitProcedure: 'targets.householdExitProcedure',
  villageExitProcedure: 'targets.villageExitProcedure',
  countyExitProcedure: 'targets.countyExitProcedure',
  policyRetention: 'targets.policyRetention',
} as const);
