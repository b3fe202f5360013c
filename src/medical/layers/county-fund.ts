import { Money } from '../../core/money.js';
import { MEDICAL_RULE_IDS as ID } from '../ids.js';
import { pay, type Ledger } from '../ledger.js';
import {
  IN_COUNTY_RATIO_MAX_PARAM as RATIO_MAX,
  IN_COUNTY_RATIO_MIN_PARAM as RATIO_MIN,
  MEDICAL_CITATIONS as C,
} from '../params.js';
import { isTreatFirst, pct, yuan, type ClaimCase } from './case.js';

/** The base the in-county ratio is measured on (`medical.inCountyRatioBase`) and what the patient owes of it. */
export function inCountyBase(c: ClaimCase, ledger: Ledger): { base: Money; owed: Money } {
  return c.readings.inCountyRatioBase === 'totalCost'
    ? { base: ledger.totalCost, owed: ledger.owedIn.plus(ledger.owedOut) }
    : { base: ledger.inCatalogue, owed: ledger.owedIn };
}

/**
 * Layer 4, the county medical fund: brings a designated in-county admission under 先诊疗后付费 up to the
 * profile's target ratio (within the plan's 85%—90%), rounding its top-up up to the fen.
 */
/** The plan's in-county range as the parameters in force give it: `85%—90%`. */
function range(c: ClaimCase, lang: 'zh' | 'en'): string {
  return `${c.ctx.show(RATIO_MIN, lang)}—${c.ctx.show(RATIO_MAX, lang)}`;
}

export function countyFundLayer(c: ClaimCase, ledger: Ledger): void {
  const { base, owed } = inCountyBase(c, ledger);
  if (!isTreatFirst(c) || c.readings.inCountyTopUp !== 'countyFund' || !base.isPositive()) return;
  const target = c.profile.countyFund.targetInCountyRatio;
  const mustReach = base.times(target, 'up');
  const reached = base.minus(owed);
  const gap = mustReach.minus(reached).clampAtZero();
  const fromIn = Money.min(gap, ledger.owedIn);
  const onTotal = c.readings.inCountyRatioBase === 'totalCost';
  const fromOut = onTotal ? Money.min(gap.minus(fromIn), ledger.owedOut) : Money.ZERO;
  pay(ledger, 'countyFund', fromIn, fromOut);
  const paid = yuan(fromIn.plus(fromOut));
  const shown = `${yuan(base)} × ${pct(target)} = ${yuan(mustReach)}`;
  c.ctx.step({
    ruleId: ID.inCountyRatio,
    citations: [C.inCountyRatio],
    params: [RATIO_MIN, RATIO_MAX],
    payer: 'countyFund',
    inputs: {
      base: c.readings.inCountyRatioBase,
      baseAmount: yuan(base),
      target: target.toString(),
      reimbursedBefore: yuan(reached),
    },
    amount: fromIn.plus(fromOut),
    zh: `县级医疗基金：县域内报销比例须达 ${pct(target)}（规划 ${range(c, 'zh')}），即 ${shown} 元，已报销 ${yuan(reached)} 元，补足 ${paid} 元`,
    en: `County medical fund: the in-county ratio must reach ${pct(target)} (the plan: ${range(c, 'en')}), i.e. ${shown}; ${yuan(reached)} already paid, so it pays ${paid}`,
  });
}
