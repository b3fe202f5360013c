/**
 * The ids of the medical rules, one object (`MEDICAL_RULE_IDS.fourLayers`): every id registered in
 * `MEDICAL_RULES`. Input errors of `reimburse`, `reimburseYear` and `compareWithBaseline` are reported under
 * `fourLayers`.
 */
export const MEDICAL_RULE_IDS = /* @__PURE__ */ Object.freeze({
  fourLayers: 'medical.fourLayers',
  basicInsurance: 'medical.basicInsurance',
  fiveUplifts: 'medical.fiveUplifts',
  criticalIllnessDeductible: 'medical.criticalIllnessDeductible',
  criticalIllnessInsurance: 'medical.criticalIllnessInsurance',
  rehabilitationItems: 'medical.rehabilitationItems',
  surgical28Waiver: 'medical.surgical28Waiver',
  inpatientWaiver5Percent: 'medical.inpatientWaiver5Percent',
  cardiacFree: 'medical.cardiacFree',
  medicalAssistance: 'medical.medicalAssistance',
  inCountyRatio: 'medical.inCountyRatio',
  treatFirstPayLater: 'medical.treatFirstPayLater',
} as const);

/** @deprecated use `MEDICAL_RULE_IDS.fourLayers`. */
export const MEDICAL_ENTRY_RULE = MEDICAL_RULE_IDS.fourLayers;
