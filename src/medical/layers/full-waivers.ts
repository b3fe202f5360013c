import { Money } from '../../core/money.js';
import { MEDICAL_RULE_IDS as ID } from '../ids.js';
import { pay, type Ledger } from '../ledger.js';
import { MEDICAL_CITATIONS as C, SURGICAL_DISEASE_COUNT_PARAM as SURGICAL } from '../params.js';
import { isCardiac, yuan, type ClaimCase } from './case.js';

/** 三减免 (1) applies: the plan, one of the 28 surgical diseases, a specified enrollee (`medical.specifiedEnrollee`). */
function hasSurgicalWaiver(c: ClaimCase): boolean {
  return (
    c.plan &&
    c.claim.diseaseGroup === 'surgical28' &&
    (c.readings.specifiedEnrollee === 'allRegisteredPoor' || c.claim.patient.specifiedEnrollee === true)
  );
}

/**
 * 三减免 (1): for the 28 surgical major diseases, the in-catalogue costs the insurers left are waived in full
 * (and the out-of-catalogue ones too under the `wholeBill` reading of `medical.fullWaiverScope`).
 */
export function surgicalWaiverLayer(c: ClaimCase, ledger: Ledger): void {
  if (!hasSurgicalWaiver(c)) return;
  const { ctx } = c;
  const fromOut = c.readings.fullWaiverScope === 'wholeBill' ? ledger.owedOut : Money.ZERO;
  const fromIn = ledger.owedIn;
  pay(ledger, 'waiver', fromIn, fromOut);
  const waived = yuan(fromIn.plus(fromOut));
  ctx.step({
    ruleId: ID.surgical28Waiver,
    citations: [C.surgical28],
    params: [SURGICAL],
    payer: 'waiver',
    inputs: {
      inCatalogueOwed: yuan(fromIn),
      outOfCatalogueWaived: yuan(fromOut),
      scope: c.readings.fullWaiverScope,
    },
    amount: fromIn.plus(fromOut),
    zh: `${ctx.show(SURGICAL, 'zh')}重大疾病手术治疗，目录内医药费用全免：减免 ${waived} 元`,
    en: `One of the major diseases needing surgery (${ctx.show(SURGICAL, 'en')}): in-catalogue costs fully waived (${waived})`,
  });
}

/** 三减免 (3): free cardiac surgery; beyond the NCMS's usual payment the provincial foundation pays the rest. */
export function cardiacLayer(c: ClaimCase, ledger: Ledger): void {
  if (!isCardiac(c)) return;
  const fromIn = ledger.owedIn;
  const fromOut = ledger.owedOut;
  pay(ledger, 'foundation', fromIn, fromOut);
  const rest = yuan(fromIn.plus(fromOut));
  c.ctx.step({
    ruleId: ID.cardiacFree,
    citations: [C.cardiacFoundation],
    payer: 'foundation',
    inputs: {
      ncmsPaid: yuan(ledger.shares.basicInsurance.plus(ledger.shares.criticalIllnessInsurance)),
      ncmsPayment: c.readings.cardiacNcmsPayment,
    },
    amount: fromIn.plus(fromOut),
    zh: `心脏支架、搭桥等手术免费：新农合正常支付外，其余 ${rest} 元由省青少年发展基金会承担`,
    en: `Free cardiac surgery: beyond the NCMS's usual payment, the provincial youth development foundation pays the rest (${rest})`,
  });
}
