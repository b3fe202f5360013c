import { MEDICAL_RULE_IDS as ID } from '../ids.js';
import { MEDICAL_CITATIONS as C } from '../params.js';
import { isTreatFirst, type ClaimCase } from './case.js';

/** 先诊疗后付费: a registered poor patient admitted to a designated in-county hospital pays no deposit. */
export function treatFirstLayer(c: ClaimCase): void {
  if (!isTreatFirst(c)) return;
  c.ctx.step({
    ruleId: ID.treatFirstPayLater,
    citations: [C.treatFirstPayLater],
    inputs: { inCounty: true, designated: true },
    value: false,
    zh: '县域内定点医疗机构住院，先诊疗后付费：入院不交押金',
    en: 'Admitted to a designated in-county hospital: treatment first, payment later (no deposit)',
  });
}
