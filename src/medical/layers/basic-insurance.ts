import type { Citation } from '../../core/citation.js';
import { Money } from '../../core/money.js';
import { upliftRate, type Rate } from '../../core/rate.js';
import { MEDICAL_RULE_IDS as ID } from '../ids.js';
import { pay, type Ledger, type OutpatientCategory } from '../ledger.js';
import type { Param } from '../../core/param.js';
import {
  CHRONIC_DISEASE_COUNT_PARAM as CHRONIC,
  MAJOR_DISEASE_COUNT_PARAM as MAJOR,
  MEDICAL_CITATIONS as C,
  SPECIAL_DISEASE_COUNT_PARAM as SPECIAL,
  UPLIFT_POINTS_PARAM as UPLIFT,
} from '../params.js';
import type { Claim, MedicalSchemeProfile } from '../schema.js';
import { pct, yuan, type ClaimCase } from './case.js';

/** Rates and deductible basic insurance applies to a claim. */
interface BasicTerms {
  readonly category: OutpatientCategory | 'inpatient' | 'major42';
  readonly baseRate: Rate;
  readonly deductible: Money;
  /** Whether 五提高 names this rate. */
  readonly raisedByPlan: boolean;
  readonly citation: Citation;
}

const terms = (
  category: BasicTerms['category'],
  baseRate: Rate,
  deductible: Money,
  raisedByPlan: boolean,
  citation: Citation,
): BasicTerms => ({ category, baseRate, deductible, raisedByPlan, citation });

/** The scheme's rate and deductible for the claim's care type, disease group and hospital level. */
function basicTerms(claim: Claim, profile: MedicalSchemeProfile): BasicTerms {
  const basic = profile.basicInsurance;
  if (claim.careType === 'outpatient') {
    switch (claim.diseaseGroup) {
      case 'chronic32':
        return terms('chronic32', basic.outpatient.chronic32.rate, Money.ZERO, true, C.chronic32);
      case 'special42':
        return terms('special42', basic.outpatient.special42.rate, Money.ZERO, true, C.special42);
      case 'major42':
        return terms('major42', basic.major42Rate, Money.ZERO, true, C.major42);
      default:
        return terms('general', basic.outpatient.general.rate, Money.ZERO, false, C.fourLayers);
    }
  }
  const tier = basic.inpatient.byLevel?.[claim.hospital.level];
  const deductible = tier?.deductible ?? basic.inpatient.deductible;
  if (claim.diseaseGroup === 'major42')
    return terms('major42', basic.major42Rate, deductible, true, C.major42);
  return terms('inpatient', tier?.rate ?? basic.inpatient.rate, deductible, true, C.inpatient);
}

const isOutpatientCategory = (cat: BasicTerms['category']): cat is OutpatientCategory =>
  cat !== 'inpatient' && cat !== 'major42';

/** What basic insurance may still pay this year: the annual ceiling, and an outpatient category's own. */
function basicRoom(c: ClaimCase, ledger: Ledger, t: BasicTerms): Money {
  const room = c.profile.basicInsurance.annualCeiling.minus(ledger.year.basicInsurancePaid).clampAtZero();
  if (!isOutpatientCategory(t.category)) return room;
  const ceiling = c.profile.basicInsurance.outpatient[t.category].annualCeiling;
  if (ceiling === undefined) return room;
  return Money.min(room, ceiling.minus(ledger.year.outpatientPaid[t.category]).clampAtZero());
}

/**
 * The rate 五提高 names, as the plan words it (the disease counts from their params). Other outpatient care is
 * not raised (its terms say so); its entry only makes the table total.
 */
const RAISED_RATES: Record<BasicTerms['category'], { count?: Param; zh: string; en: string }> = {
  chronic32: { count: CHRONIC, zh: '常见慢性病门诊', en: 'common chronic diseases, outpatient' },
  special42: { count: SPECIAL, zh: '特殊疾病门诊', en: 'special diseases, outpatient' },
  major42: { count: MAJOR, zh: '重大疾病补偿', en: 'major diseases' },
  inpatient: { zh: '住院患者', en: 'inpatients' },
  general: { zh: '普通门诊', en: 'other outpatient care' },
};

/** 五提高 on a basic insurance rate: explains what the uplift added (no payer: the basic step pays it). */
function upliftStep(c: ClaimCase, t: BasicTerms, rate: Rate, gain: Money): void {
  const { ctx } = c;
  const named = RAISED_RATES[t.category];
  const count = named.count;
  const zhName = `${count === undefined ? '' : ctx.show(count, 'zh')}${named.zh}`;
  const enName = `${named.en}${count === undefined ? '' : ` (${ctx.show(count, 'en')})`}`;
  ctx.step({
    ruleId: ID.fiveUplifts,
    citations: [t.citation],
    params: count === undefined ? [UPLIFT] : [UPLIFT, count],
    inputs: { category: t.category, baseRate: t.baseRate.toString(), raisedRate: rate.toString() },
    amount: gain,
    zh: `五提高：${zhName}报销比例 ${pct(t.baseRate)} 提高 ${ctx.show(UPLIFT, 'zh')}为 ${pct(rate)}，多报销 ${yuan(gain)} 元`,
    en: `Five raises: rate for ${enName} ${pct(t.baseRate)} + ${ctx.show(UPLIFT, 'en')} = ${pct(rate)}, paying ${yuan(gain)} more`,
  });
}

/**
 * Layer 1, basic medical insurance (the NCMS): the scheme's rate, raised by 五提高 where the plan names it, on
 * the in-catalogue costs still owed above the deductible, within the annual ceilings.
 */
export function basicInsuranceLayer(c: ClaimCase, ledger: Ledger): void {
  const t = basicTerms(c.claim, c.profile);
  const points = c.ctx.decimal(UPLIFT);
  const raised = t.raisedByPlan && points.gt(0);
  const rate = raised ? upliftRate(t.baseRate, points) : t.baseRate;
  const owed = ledger.owedIn;
  const eligible = owed.minus(t.deductible).clampAtZero();
  const room = basicRoom(c, ledger, t);
  const at = (r: Rate): Money => Money.min(eligible.times(r), room);
  const basic = at(rate);
  if (raised) upliftStep(c, t, rate, basic.minus(at(t.baseRate)));
  pay(ledger, 'basicInsurance', basic);
  ledger.year.basicInsurancePaid = ledger.year.basicInsurancePaid.plus(basic);
  if (isOutpatientCategory(t.category)) {
    ledger.year.outpatientPaid[t.category] = ledger.year.outpatientPaid[t.category].plus(basic);
  }
  const full = yuan(eligible.times(rate));
  const capped = basic.lt(eligible.times(rate));
  c.ctx.step({
    ruleId: ID.basicInsurance,
    citations: [C.fourLayers],
    payer: 'basicInsurance',
    inputs: {
      category: t.category,
      inCatalogueOwed: yuan(owed),
      deductible: yuan(t.deductible),
      rate: rate.toString(),
      ceilingRemaining: yuan(room),
    },
    amount: basic,
    zh: `基本医疗保险（新农合）：(${yuan(owed)} − 起付线 ${yuan(t.deductible)}) × ${pct(rate)} = ${full} 元${capped ? `，受年度封顶线限为 ${yuan(basic)} 元` : ''}`,
    en: `Basic insurance (NCMS): (${yuan(owed)} − deductible ${yuan(t.deductible)}) × ${pct(rate)} = ${full}${capped ? `, capped by the annual ceiling at ${yuan(basic)}` : ''}`,
  });
}
