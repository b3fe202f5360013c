import { Money } from '../../core/money.js';
import { MEDICAL_RULE_IDS as ID } from '../ids.js';
import { pay, type Ledger } from '../ledger.js';
import { MEDICAL_CITATIONS as C } from '../params.js';
import { isCardiac, pct, yuan, type ClaimCase } from './case.js';

const NAMES = {
  medicalAssistance: { zh: '医疗救助', en: 'Medical assistance' },
  commercialInsurance: { zh: '商业保险', en: 'Commercial insurance' },
} as const;

/**
 * Layer 3, medical assistance or commercial insurance (the profile says which), for a registered poor patient
 * in either regime: its rate on the in-catalogue costs still owed, within its annual cap.
 */
export function thirdLayer(c: ClaimCase, ledger: Ledger): void {
  if (!c.claim.patient.registeredPoor || isCardiac(c) || !ledger.owedIn.isPositive()) return;
  const third = c.profile.thirdLayer;
  const room = third.annualCap.minus(ledger.year.thirdLayerPaid).clampAtZero();
  const owed = ledger.owedIn;
  const full = owed.times(third.rate);
  const amount = Money.min(full, room);
  const capped = amount.lt(full);
  pay(ledger, third.kind, amount);
  ledger.year.thirdLayerPaid = ledger.year.thirdLayerPaid.plus(amount);
  const name = NAMES[third.kind];
  c.ctx.step({
    ruleId: ID.medicalAssistance,
    citations: [third.kind === 'medicalAssistance' ? C.assistanceBox : C.fourLayers],
    payer: third.kind,
    inputs: { inCatalogueOwed: yuan(owed), rate: third.rate.toString(), capRemaining: yuan(room) },
    amount,
    zh: `${name.zh}：${yuan(owed)} × ${pct(third.rate)} = ${yuan(full)} 元${capped ? `，受年度限额限为 ${yuan(amount)} 元` : ''}`,
    en: `${name.en}: ${yuan(owed)} × ${pct(third.rate)} = ${yuan(full)}${capped ? `, capped by the annual limit at ${yuan(amount)}` : ''}`,
  });
}
