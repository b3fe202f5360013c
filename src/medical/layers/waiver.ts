import { Money } from '../../core/money.js';
import { MEDICAL_RULE_IDS as ID } from '../ids.js';
import { pay, type Ledger } from '../ledger.js';
import { MEDICAL_CITATIONS as C, INPATIENT_WAIVER_RATE_PARAM as RATE } from '../params.js';
import { yuan, type ClaimCase } from './case.js';

/** 三减免 (2) applies: the plan, an admission for a disease outside the 28 surgical ones (and not cardiac). */
export function hasInpatientWaiver(c: ClaimCase): boolean {
  const group = c.claim.diseaseGroup;
  return (
    c.plan && c.claim.careType === 'inpatient' && group !== 'surgical28' && group !== 'cardiacIntervention'
  );
}

/**
 * 三减免 (2): the waiver of in-catalogue costs (5%), never more than the patient still owes on them. Where it
 * sits in the order is the reading `medical.waiverPosition`.
 */
export function inpatientWaiverLayer(c: ClaimCase, ledger: Ledger): void {
  if (!hasInpatientWaiver(c)) return;
  const { ctx } = c;
  const inCat = yuan(ledger.inCatalogue);
  const full = ledger.inCatalogue.times(ctx.decimal(RATE));
  const amount = Money.min(full, ledger.owedIn);
  const limited = amount.lt(full);
  pay(ledger, 'waiver', amount);
  const shown = { zh: ctx.show(RATE, 'zh'), en: ctx.show(RATE, 'en') };
  ctx.step({
    ruleId: ID.inpatientWaiver5Percent,
    citations: [C.waiver5Percent],
    params: [RATE],
    payer: 'waiver',
    inputs: {
      inCatalogueCost: inCat,
      rate: ctx.decimal(RATE).toString(),
      position: c.readings.waiverPosition,
      owedBefore: yuan(ledger.owedIn.plus(amount)),
    },
    amount,
    zh: `目录内医药费用 ${shown.zh} 减免：${inCat} × ${shown.zh} = ${yuan(full)} 元${limited ? `，以尚欠 ${yuan(amount)} 元为限` : ''}`,
    en: `${shown.en} of in-catalogue costs waived: ${inCat} × ${shown.en} = ${yuan(full)}${limited ? `, limited to the ${yuan(amount)} still owed` : ''}`,
  });
}
