import { Money } from '../../core/money.js';
import { MEDICAL_RULE_IDS as ID } from '../ids.js';
import type { Ledger } from '../ledger.js';
import { MEDICAL_CITATIONS as C, REHABILITATION_ITEMS_PARAM as ITEMS } from '../params.js';
import { yuan, type ClaimCase } from './case.js';

/**
 * 一纳入: under the plan the costs of the rehabilitation items (23 项) join the in-catalogue costs, so every
 * later layer pays on them. Before the plan they stay out of the catalogue.
 */
export function rehabilitationLayer(c: ClaimCase, ledger: Ledger): void {
  const rehab = c.claim.rehabilitationItemsCost ?? Money.ZERO;
  if (!c.plan || !rehab.isPositive()) return;
  ledger.inCatalogue = ledger.inCatalogue.plus(rehab);
  ledger.outOfCatalogue = ledger.outOfCatalogue.minus(rehab);
  ledger.owedIn = ledger.owedIn.plus(rehab);
  ledger.owedOut = ledger.owedOut.minus(rehab);
  const { ctx } = c;
  const inCat = yuan(ledger.inCatalogue);
  ctx.step({
    ruleId: ID.rehabilitationItems,
    citations: [C.rehabilitation],
    params: [ITEMS],
    inputs: { rehabilitationItemsCost: yuan(rehab), inCatalogueCost: yuan(c.claim.inCatalogueCost) },
    amount: rehab,
    zh: `${ctx.show(ITEMS, 'zh')}残疾人康复项目费用 ${yuan(rehab)} 元纳入新农合报销范围，目录内费用计为 ${inCat} 元`,
    en: `The disability rehabilitation items (${ctx.show(ITEMS, 'en')}: ${yuan(rehab)}) count as in-catalogue costs: ${inCat} in all`,
  });
}
