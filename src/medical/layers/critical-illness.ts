import type { Decimal } from 'decimal.js';
import { Dec } from '../../core/decimal.js';
import { Money } from '../../core/money.js';
import { formatParamValue, versionOn } from '../../core/param.js';
import { upliftRate, type Rate } from '../../core/rate.js';
import { MEDICAL_RULE_IDS as ID } from '../ids.js';
import { pay, type Ledger } from '../ledger.js';
import {
  CRITICAL_ILLNESS_DEDUCTIBLE_PARAM as DEDUCTIBLE,
  MEDICAL_CITATIONS as C,
  UPLIFT_POINTS_PARAM as UPLIFT,
} from '../params.js';
import { isCardiac, yuan, type ClaimCase } from './case.js';

interface Band {
  readonly upTo: Money | null;
  readonly rate: Rate;
}

/** What critical illness insurance owes on `above` yuan above the deductible, band by band, exactly. */
function bandAmount(above: Decimal, bands: readonly Band[]): Decimal {
  let total = new Dec(0);
  let lower = new Dec(0);
  for (const band of bands) {
    if (above.lte(lower)) break;
    const upper = band.upTo === null ? above : Dec.min(above, band.upTo.toDecimal());
    total = total.plus(upper.minus(lower).times(band.rate));
    lower = band.upTo === null ? above : band.upTo.toDecimal();
  }
  return total;
}

/** Whether the claim's costs count toward critical illness insurance. */
function covers(c: ClaimCase): boolean {
  const counted =
    c.claim.careType === 'inpatient' ||
    c.profile.criticalIllness.outpatientGroups.includes(c.claim.diseaseGroup);
  return counted && !(isCardiac(c) && c.readings.cardiacNcmsPayment === 'basicOnly');
}

/** The deductible as it stood before the plan, for the 一降低 step (history: not reformable). */
const PRE_PLAN_DEDUCTIBLE: string = versionOn(DEDUCTIBLE, '2015-12-31')?.value ?? '0';

/** The pre-plan deductible as the 一降低 sentence shows it. */
function baselineDeductible(lang: 'zh' | 'en'): string {
  return formatParamValue(DEDUCTIBLE, PRE_PLAN_DEDUCTIBLE, lang);
}

/** 一降低: explains the deductible the plan lowered. */
function deductibleStep(c: ClaimCase, deductible: Money): void {
  const { ctx } = c;
  const perYear = c.readings.deductiblePeriod === 'perYear';
  ctx.step({
    ruleId: ID.criticalIllnessDeductible,
    citations: [C.deductible],
    params: [DEDUCTIBLE],
    inputs: {
      deductible: yuan(deductible),
      before: yuan(Money.of(PRE_PLAN_DEDUCTIBLE)),
      period: c.readings.deductiblePeriod,
    },
    amount: deductible,
    zh: `一降低：大病保险起付线由 ${baselineDeductible('zh')}降至 ${ctx.show(DEDUCTIBLE, 'zh')}（${perYear ? '按年度累计' : '按次'}）`,
    en: `Deductible lowered from ${baselineDeductible('en')} to ${ctx.show(DEDUCTIBLE, 'en')} (${perYear ? 'once a year' : 'per claim'})`,
  });
}

/** 五提高 on the critical illness bands: explains what the uplift added. */
function upliftStep(c: ClaimCase, base: readonly Band[], bands: readonly Band[], gain: Money): void {
  const { ctx } = c;
  ctx.step({
    ruleId: ID.fiveUplifts,
    citations: [C.criticalIllnessRate],
    params: [UPLIFT],
    inputs: {
      category: 'criticalIllness',
      baseRates: base.map((b) => b.rate.toString()).join('/'),
      raisedRates: bands.map((b) => b.rate.toString()).join('/'),
    },
    amount: gain,
    zh: `五提高：大病保险各段报销比例提高 ${ctx.show(UPLIFT, 'zh')}，多报销 ${yuan(gain)} 元`,
    en: `Five raises: each critical illness band + ${ctx.show(UPLIFT, 'en')}, paying ${yuan(gain)} more`,
  });
}

/**
 * Layer 2, critical illness insurance: band by band on the in-catalogue costs basic insurance left, above the
 * deductible (met once a year or per claim: `medical.deductiblePeriod`), within its annual ceiling.
 */
export function criticalIllnessLayer(c: ClaimCase, ledger: Ledger): void {
  if (!covers(c)) return;
  const { ctx } = c;
  const deductible = ctx.money(DEDUCTIBLE);
  const points = ctx.decimal(UPLIFT);
  const raise = c.readings.fiveUpliftsScope === 'allFive' && points.gt(0);
  const base = c.profile.criticalIllness.bands;
  const bands = raise ? base.map((b) => ({ upTo: b.upTo, rate: upliftRate(b.rate, points) })) : base;
  const prior =
    c.readings.deductiblePeriod === 'perYear' ? ledger.year.criticalIllnessBase.toDecimal() : new Dec(0);
  const d = deductible.toDecimal();
  const owed = ledger.owedIn;
  const room = c.profile.criticalIllness.annualCeiling.minus(ledger.year.criticalIllnessPaid).clampAtZero();
  const amountWith = (bs: readonly Band[]): Money => {
    const exact = bandAmount(prior.plus(owed.toDecimal()).minus(d), bs).minus(bandAmount(prior.minus(d), bs));
    return Money.min(Money.min(Money.round(exact), room), owed);
  };
  const ci = amountWith(bands);
  if (c.plan) deductibleStep(c, deductible);
  if (raise) upliftStep(c, base, bands, ci.minus(amountWith(base)));
  pay(ledger, 'criticalIllnessInsurance', ci);
  const before = yuan(Money.round(prior));
  ctx.step({
    ruleId: ID.criticalIllnessInsurance,
    citations: [C.fourLayers],
    params: [DEDUCTIBLE],
    payer: 'criticalIllnessInsurance',
    inputs: {
      owedAfterBasic: yuan(owed),
      yearToDateBefore: before,
      deductible: yuan(deductible),
      rates: bands.map((b) => `${b.upTo === null ? '∞' : yuan(b.upTo)}:${b.rate.toString()}`).join(' '),
      ceilingRemaining: yuan(room),
    },
    amount: ci,
    zh: `大病保险：基本医保后个人负担 ${yuan(owed)} 元（年内此前累计 ${before} 元），超过起付线 ${yuan(deductible)} 元的部分分段报销 ${yuan(ci)} 元`,
    en: `Critical illness insurance: of ${yuan(owed)} left after basic insurance (year to date before: ${before}), the part above the ${yuan(deductible)} deductible is paid by band: ${yuan(ci)}`,
  });
  ledger.year.criticalIllnessBase = ledger.year.criticalIllnessBase.plus(owed);
  ledger.year.criticalIllnessPaid = ledger.year.criticalIllnessPaid.plus(ci);
}
