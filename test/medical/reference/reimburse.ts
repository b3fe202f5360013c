// Test-only reference: the medical cascade before issue 9 (see README.md).
import type { Decimal } from 'decimal.js';
import type { Citation } from '../../../src/core/citation.js';
import { Dec } from '../../../src/core/decimal.js';
import { parseInput } from '../../../src/core/errors.js';
import { Money } from '../../../src/core/money.js';
import { formatPercent, upliftRate, type Rate } from '../../../src/core/rate.js';
import {
  BASELINE_CRITICAL_ILLNESS_DEDUCTIBLE,
  INPATIENT_WAIVER_RATE,
  MEDICAL_CITATIONS as C,
  PAYERS,
  PLAN_CRITICAL_ILLNESS_DEDUCTIBLE,
  UPLIFT_POINTS,
  type Payer,
} from './params.js';
import {
  claimSchema,
  DEFAULT_READINGS,
  reimburseOptionsSchema,
  schemeProfileSchema,
  type Claim,
  type ClaimInput,
  type MedicalReadings,
  type MedicalSchemeProfile,
  type MedicalSchemeProfileInput,
  type ReimburseOptions,
} from './schema.js';

/** The rule id input errors of this area are reported under. */
export const MEDICAL_ENTRY_RULE = 'medical.fourLayers';

/** Which rules apply: the plan's (for the registered poor) or the pre-plan baseline (for anyone). */
export type Regime = 'plan' | 'baseline';

/** A value recorded as an input of a trace step (amounts and rates as strings, so JSON keeps them exactly). */
export type TraceValue = string | number | boolean;

/**
 * One step of the computation: a rule applied, where the plan says it, what went in and what came out.
 * Steps with a `payer` pay that amount (they sum to the payer's share); steps with `payer: null` explain (an
 * uplift's gain, the deductible applied, the patient's remainder).
 */
export interface TraceStep {
  readonly ruleId: string;
  readonly citation: Citation;
  readonly payer: Payer | 'patient' | null;
  readonly inputs: Readonly<Record<string, TraceValue>>;
  readonly amount: Money;
  readonly text: { readonly zh: string; readonly en: string };
}

/** Each payer's share of a bill, in yuan exact to the fen. */
export type Shares = Readonly<Record<Payer, Money>>;

/** Reimbursement ratios, exact; null where the ratio's base is zero or (in-county) the care was not in-county. */
export interface ReimbursementRatios {
  /** Everything paid by others ÷ the whole bill. */
  readonly overall: Rate | null;
  /** In-catalogue costs paid by others ÷ in-catalogue costs. */
  readonly inCatalogue: Rate | null;
  /** The in-county ratio on the base the reading `medical.inCountyRatioBase` names; null if not in-county. */
  readonly inCounty: Rate | null;
}

/** Who pays what of one bill, and why. `Σ shares + outOfPocket = totalCost`, exactly. */
export interface ReimbursementResult {
  readonly claimId: string | null;
  readonly date: string;
  /** `plan` only for a registered poor patient under the plan; `baseline` otherwise. */
  readonly regime: Regime;
  readonly totalCost: Money;
  /** In-catalogue costs as reimbursed (with the 23 rehabilitation items under the plan). */
  readonly inCatalogueCost: Money;
  readonly outOfCatalogueCost: Money;
  readonly shares: Shares;
  /** Σ shares. */
  readonly reimbursed: Money;
  /** What the patient pays: `totalCost − reimbursed`. */
  readonly outOfPocket: Money;
  /** Of which on in-catalogue costs. */
  readonly outOfPocketInCatalogue: Money;
  /** Of which on out-of-catalogue costs. */
  readonly outOfPocketOutOfCatalogue: Money;
  readonly ratios: ReimbursementRatios;
  /** False under 先诊疗后付费 (and for outpatient bills, which take no deposit). */
  readonly depositRequired: boolean;
  readonly readings: Readonly<MedicalReadings>;
  readonly trace: readonly TraceStep[];
}

/** What a year of claims has used up so far: carried from claim to claim by `reimburseYear`. */
export interface YearToDate {
  /** Basic insurance paid this year, all care. */
  readonly basicInsurancePaid: Money;
  /** Basic insurance paid this year per outpatient category (for their own ceilings). */
  readonly outpatientPaid: Readonly<Record<OutpatientCategory, Money>>;
  /** Costs left by basic insurance that counted toward critical illness insurance this year. */
  readonly criticalIllnessBase: Money;
  readonly criticalIllnessPaid: Money;
  /** Paid by the third layer (medical assistance or commercial insurance) this year. */
  readonly thirdLayerPaid: Money;
}

type OutpatientCategory = 'chronic32' | 'special42' | 'general';

/** Nothing used yet: the start of a year. */
export const EMPTY_YEAR_TO_DATE: YearToDate = Object.freeze({
  basicInsurancePaid: Money.ZERO,
  outpatientPaid: Object.freeze({ chronic32: Money.ZERO, special42: Money.ZERO, general: Money.ZERO }),
  criticalIllnessBase: Money.ZERO,
  criticalIllnessPaid: Money.ZERO,
  thirdLayerPaid: Money.ZERO,
});

/** The validated options. */
interface Resolved {
  readonly readings: MedicalReadings;
  readonly regime: Regime;
}

/** Validates `options` (paths under `options`). */
export function resolveOptions(options: ReimburseOptions | undefined): Resolved {
  const parsed = parseInput(MEDICAL_ENTRY_RULE, reimburseOptionsSchema, options, 'options');
  const chosen = Object.entries(parsed?.readings ?? {}).filter(([, v]) => v !== undefined);
  return {
    readings: { ...DEFAULT_READINGS, ...(Object.fromEntries(chosen) as Partial<MedicalReadings>) },
    regime: parsed?.regime ?? 'plan',
  };
}

/**
 * Validates a local scheme profile: returns it with amounts as Money and rates as exact decimals, or throws a
 * `PolicyInputError` naming the field (`profile.criticalIllness.bands[1].upTo`).
 *
 * @example
 * ```ts
 * parseSchemeProfile(ILLUSTRATIVE_COUNTY_SCHEME_PROFILE).countyFund.targetInCountyRatio.toString() //=> '0.85'
 * ```
 */
export function parseSchemeProfile(
  profile: MedicalSchemeProfileInput | MedicalSchemeProfile,
): MedicalSchemeProfile {
  return parseInput(MEDICAL_ENTRY_RULE, schemeProfileSchema, profile, 'profile');
}

/** Validates one claim (paths under `claim`). */
export function parseClaim(claim: ClaimInput | Claim, pathPrefix = 'claim'): Claim {
  return parseInput(MEDICAL_ENTRY_RULE, claimSchema, claim, pathPrefix);
}

/**
 * Who pays what of one bill, to the fen, and why: the four layers of protection with the plan's 五提高, 一降低,
 * 一纳入 and 三减免 for a registered poor patient, and 先诊疗后付费 with the 85%—90% in-county ratio for their
 * in-county admissions. A patient who is not registered poor gets the pre-plan rules.
 *
 * 城乡居民医疗保障、大病保险、商业保险或医疗救助、县级医疗基金四道医疗保障网 (chapter 7, section 2).
 *
 * Each payer's amount is rounded half up to the fen where it is paid (the county fund's top-up rounds up, so
 * the target ratio is never missed by a fraction of a fen); the patient pays exactly what is left.
 *
 * @example
 * ```ts
 * const r = reimburse(
 *   { date: '2018-05-02', patient: { registeredPoor: true }, careType: 'inpatient', diseaseGroup: 'other',
 *     hospital: { level: 'county', inCounty: true, designated: true }, totalCost: 10000, inCatalogueCost: 9000 },
 *   ILLUSTRATIVE_COUNTY_SCHEME_PROFILE,
 * );
 * r.outOfPocket.toString() //=> what is left after every layer; r.trace says why
 * ```
 */
export function reimburse(
  claim: ClaimInput | Claim,
  profile: MedicalSchemeProfileInput | MedicalSchemeProfile,
  options?: ReimburseOptions,
): ReimbursementResult {
  const parsedClaim = parseClaim(claim);
  const parsedProfile = parseSchemeProfile(profile);
  const resolved = resolveOptions(options);
  return computeClaim(parsedClaim, parsedProfile, resolved, EMPTY_YEAR_TO_DATE).result;
}

/** Rates and deductible basic insurance applies to a claim. */
interface BasicTerms {
  readonly category: OutpatientCategory | 'inpatient' | 'major42';
  readonly baseRate: Rate;
  readonly deductible: Money;
  /** Whether 五提高 names this rate. */
  readonly raisedByPlan: boolean;
  readonly citation: Citation;
}

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

function terms(
  category: BasicTerms['category'],
  baseRate: Rate,
  deductible: Money,
  raisedByPlan: boolean,
  citation: Citation,
): BasicTerms {
  return { category, baseRate, deductible, raisedByPlan, citation };
}

/** What critical illness insurance owes on `above` yuan above the deductible, band by band, exactly. */
function bandAmount(above: Decimal, bands: readonly { upTo: Money | null; rate: Rate }[]): Decimal {
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

const pct = (r: Decimal): string => formatPercent(r.toDecimalPlaces(4));
const yuan = (m: Money): string => m.toString();

/** The rules applied to one claim, given what the year has used before it. */
export function computeClaim(
  claim: Claim,
  profile: MedicalSchemeProfile,
  { readings, regime }: Resolved,
  before: YearToDate,
): { result: ReimbursementResult; after: YearToDate } {
  const poor = claim.patient.registeredPoor;
  const plan = regime === 'plan' && poor;
  const inpatient = claim.careType === 'inpatient';
  const group = claim.diseaseGroup;
  const trace: TraceStep[] = [];
  const shares: Record<Payer, Money> = Object.fromEntries(PAYERS.map((p) => [p, Money.ZERO])) as Record<
    Payer,
    Money
  >;
  const step = (s: TraceStep): void => {
    trace.push(
      Object.freeze({ ...s, inputs: Object.freeze({ ...s.inputs }), text: Object.freeze({ ...s.text }) }),
    );
  };

  // 一纳入: under the plan the 23 rehabilitation items join the in-catalogue costs.
  const rehab = claim.rehabilitationItemsCost ?? Money.ZERO;
  const inCat = plan ? claim.inCatalogueCost.plus(rehab) : claim.inCatalogueCost;
  const outCat = claim.totalCost.minus(inCat);
  if (plan && rehab.isPositive()) {
    step({
      ruleId: 'medical.rehabilitationItems',
      citation: C.rehabilitation,
      payer: null,
      inputs: { rehabilitationItemsCost: yuan(rehab), inCatalogueCost: yuan(claim.inCatalogueCost) },
      amount: rehab,
      text: {
        zh: `23 项残疾人康复项目费用 ${yuan(rehab)} 元纳入新农合报销范围，目录内费用计为 ${yuan(inCat)} 元`,
        en: `The 23 rehabilitation items (${yuan(rehab)}) count as in-catalogue costs: ${yuan(inCat)} in all`,
      },
    });
  }

  // What the patient still owes, in and out of the catalogue.
  let owedIn = inCat;
  let owedOut = outCat;
  const pay = (payer: Payer, fromIn: Money, fromOut: Money = Money.ZERO): void => {
    owedIn = owedIn.minus(fromIn);
    owedOut = owedOut.minus(fromOut);
    shares[payer] = shares[payer].plus(fromIn).plus(fromOut);
  };

  // 先诊疗后付费.
  const treatFirst = plan && inpatient && claim.hospital.inCounty && claim.hospital.designated;
  const depositRequired = inpatient && !treatFirst;
  if (treatFirst) {
    step({
      ruleId: 'medical.treatFirstPayLater',
      citation: C.treatFirstPayLater,
      payer: null,
      inputs: { inCounty: true, designated: true },
      amount: Money.ZERO,
      text: {
        zh: '县域内定点医疗机构住院，先诊疗后付费：入院不交押金',
        en: 'Admitted to a designated in-county hospital: treatment first, payment later (no deposit)',
      },
    });
  }

  const cardiac = plan && group === 'cardiacIntervention';
  const surgicalWaiver =
    plan &&
    group === 'surgical28' &&
    (readings.specifiedEnrollee === 'allRegisteredPoor' || claim.patient.specifiedEnrollee === true);
  const waiver5 = plan && inpatient && group !== 'surgical28' && group !== 'cardiacIntervention';

  const waive5 = (position: MedicalReadings['waiverPosition']): void => {
    if (!waiver5 || readings.waiverPosition !== position) return;
    const full = inCat.times(INPATIENT_WAIVER_RATE);
    const amount = Money.min(full, owedIn);
    pay('waiver', amount);
    step({
      ruleId: 'medical.inpatientWaiver5Percent',
      citation: C.waiver5Percent,
      payer: 'waiver',
      inputs: { inCatalogueCost: yuan(inCat), rate: '0.05', position, owedBefore: yuan(owedIn.plus(amount)) },
      amount,
      text: {
        zh: `目录内医药费用 5% 减免：${yuan(inCat)} × 5% = ${yuan(full)} 元${amount.lt(full) ? `，以尚欠 ${yuan(amount)} 元为限` : ''}`,
        en: `5% of in-catalogue costs waived: ${yuan(inCat)} × 5% = ${yuan(full)}${amount.lt(full) ? `, limited to the ${yuan(amount)} still owed` : ''}`,
      },
    });
  };

  waive5('beforeInsurance');

  // Layer 1: basic insurance.
  const t = basicTerms(claim, profile);
  const raised = plan && t.raisedByPlan;
  const rate = raised ? upliftRate(t.baseRate, UPLIFT_POINTS) : t.baseRate;
  const eligible = owedIn.minus(t.deductible).clampAtZero();
  let basicRoom = profile.basicInsurance.annualCeiling.minus(before.basicInsurancePaid).clampAtZero();
  const outpatientPaid = { ...before.outpatientPaid };
  if (t.category !== 'inpatient' && t.category !== 'major42') {
    const ceiling = profile.basicInsurance.outpatient[t.category].annualCeiling;
    if (ceiling !== undefined)
      basicRoom = Money.min(basicRoom, ceiling.minus(outpatientPaid[t.category]).clampAtZero());
  }
  const basicAt = (r: Rate): Money => Money.min(eligible.times(r), basicRoom);
  const basic = basicAt(rate);
  const owedBeforeBasic = owedIn;
  if (raised) {
    step({
      ruleId: 'medical.fiveUplifts',
      citation: t.citation,
      payer: null,
      inputs: { category: t.category, baseRate: t.baseRate.toString(), raisedRate: rate.toString() },
      amount: basic.minus(basicAt(t.baseRate)),
      text: {
        zh: `五提高：报销比例 ${pct(t.baseRate)} 提高 5 个百分点为 ${pct(rate)}，多报销 ${yuan(basic.minus(basicAt(t.baseRate)))} 元`,
        en: `Five raises: rate ${pct(t.baseRate)} + 5 pp = ${pct(rate)}, paying ${yuan(basic.minus(basicAt(t.baseRate)))} more`,
      },
    });
  }
  pay('basicInsurance', basic);
  if (t.category !== 'inpatient' && t.category !== 'major42') {
    outpatientPaid[t.category] = outpatientPaid[t.category].plus(basic);
  }
  const capped = basic.lt(eligible.times(rate));
  step({
    ruleId: 'medical.basicInsurance',
    citation: C.fourLayers,
    payer: 'basicInsurance',
    inputs: {
      category: t.category,
      inCatalogueOwed: yuan(owedBeforeBasic),
      deductible: yuan(t.deductible),
      rate: rate.toString(),
      ceilingRemaining: yuan(basicRoom),
    },
    amount: basic,
    text: {
      zh: `基本医疗保险（新农合）：(${yuan(owedBeforeBasic)} − 起付线 ${yuan(t.deductible)}) × ${pct(rate)} = ${yuan(eligible.times(rate))} 元${capped ? `，受年度封顶线限为 ${yuan(basic)} 元` : ''}`,
      en: `Basic insurance (NCMS): (${yuan(owedBeforeBasic)} − deductible ${yuan(t.deductible)}) × ${pct(rate)} = ${yuan(eligible.times(rate))}${capped ? `, capped by the annual ceiling at ${yuan(basic)}` : ''}`,
    },
  });

  // Layer 2: critical illness insurance, on what basic insurance left, over the year.
  let ciBase = before.criticalIllnessBase;
  let ciPaid = before.criticalIllnessPaid;
  const ciCovers =
    (inpatient || profile.criticalIllness.outpatientGroups.includes(group)) &&
    !(cardiac && readings.cardiacNcmsPayment === 'basicOnly');
  if (ciCovers) {
    const deductible = plan ? PLAN_CRITICAL_ILLNESS_DEDUCTIBLE : BASELINE_CRITICAL_ILLNESS_DEDUCTIBLE;
    const raiseCi = plan && readings.fiveUpliftsScope === 'allFive';
    const baseBands = profile.criticalIllness.bands;
    const bands = raiseCi
      ? baseBands.map((b) => ({ upTo: b.upTo, rate: upliftRate(b.rate, UPLIFT_POINTS) }))
      : baseBands;
    const prior = readings.deductiblePeriod === 'perYear' ? ciBase.toDecimal() : new Dec(0);
    const d = deductible.toDecimal();
    const room = profile.criticalIllness.annualCeiling.minus(ciPaid).clampAtZero();
    const amountWith = (bs: typeof bands): Money => {
      const exact = bandAmount(prior.plus(owedIn.toDecimal()).minus(d), bs).minus(
        bandAmount(prior.minus(d), bs),
      );
      return Money.min(Money.min(Money.round(exact), room), owedIn);
    };
    const ci = amountWith(bands);
    const owedBeforeCi = owedIn;
    if (plan) {
      step({
        ruleId: 'medical.criticalIllnessDeductible',
        citation: C.deductible,
        payer: null,
        inputs: {
          deductible: yuan(deductible),
          before: yuan(BASELINE_CRITICAL_ILLNESS_DEDUCTIBLE),
          period: readings.deductiblePeriod,
        },
        amount: deductible,
        text: {
          zh: `一降低：大病保险起付线由 1 万元降至 ${deductible.toDecimal().toString()} 元（${readings.deductiblePeriod === 'perYear' ? '按年度累计' : '按次'}）`,
          en: `Deductible lowered from 10,000 to ${deductible.format()} (${readings.deductiblePeriod === 'perYear' ? 'once a year' : 'per claim'})`,
        },
      });
    }
    if (raiseCi) {
      const gain = ci.minus(amountWith(baseBands));
      step({
        ruleId: 'medical.fiveUplifts',
        citation: C.criticalIllnessRate,
        payer: null,
        inputs: {
          category: 'criticalIllness',
          baseRates: baseBands.map((b) => b.rate.toString()).join('/'),
          raisedRates: bands.map((b) => b.rate.toString()).join('/'),
        },
        amount: gain,
        text: {
          zh: `五提高：大病保险各段报销比例提高 5 个百分点，多报销 ${yuan(gain)} 元`,
          en: `Five raises: each critical illness band + 5 pp, paying ${yuan(gain)} more`,
        },
      });
    }
    pay('criticalIllnessInsurance', ci);
    step({
      ruleId: 'medical.criticalIllnessInsurance',
      citation: C.fourLayers,
      payer: 'criticalIllnessInsurance',
      inputs: {
        owedAfterBasic: yuan(owedBeforeCi),
        yearToDateBefore: yuan(Money.round(prior)),
        deductible: yuan(deductible),
        rates: bands.map((b) => `${b.upTo === null ? '∞' : yuan(b.upTo)}:${b.rate.toString()}`).join(' '),
        ceilingRemaining: yuan(room),
      },
      amount: ci,
      text: {
        zh: `大病保险：基本医保后个人负担 ${yuan(owedBeforeCi)} 元（年内此前累计 ${yuan(Money.round(prior))} 元），超过起付线 ${yuan(deductible)} 元的部分分段报销 ${yuan(ci)} 元`,
        en: `Critical illness insurance: of ${yuan(owedBeforeCi)} left after basic insurance (year to date before: ${yuan(Money.round(prior))}), the part above the ${yuan(deductible)} deductible is paid by band: ${yuan(ci)}`,
      },
    });
    ciBase = ciBase.plus(owedBeforeCi);
    ciPaid = ciPaid.plus(ci);
  }

  waive5('afterInsurance');

  // 三减免 (1): the 28 surgical diseases.
  if (surgicalWaiver) {
    const fromOut = readings.fullWaiverScope === 'wholeBill' ? owedOut : Money.ZERO;
    const fromIn = owedIn;
    pay('waiver', fromIn, fromOut);
    step({
      ruleId: 'medical.surgical28Waiver',
      citation: C.surgical28,
      payer: 'waiver',
      inputs: {
        inCatalogueOwed: yuan(fromIn),
        outOfCatalogueWaived: yuan(fromOut),
        scope: readings.fullWaiverScope,
      },
      amount: fromIn.plus(fromOut),
      text: {
        zh: `28 种重大疾病手术治疗，目录内医药费用全免：减免 ${yuan(fromIn.plus(fromOut))} 元`,
        en: `One of the 28 surgical major diseases: in-catalogue costs fully waived (${yuan(fromIn.plus(fromOut))})`,
      },
    });
  }

  // 三减免 (3): free cardiac surgery; the foundation pays the rest.
  if (cardiac) {
    const fromIn = owedIn;
    const fromOut = owedOut;
    pay('foundation', fromIn, fromOut);
    step({
      ruleId: 'medical.cardiacFree',
      citation: C.cardiacFoundation,
      payer: 'foundation',
      inputs: {
        ncmsPaid: yuan(shares.basicInsurance.plus(shares.criticalIllnessInsurance)),
        ncmsPayment: readings.cardiacNcmsPayment,
      },
      amount: fromIn.plus(fromOut),
      text: {
        zh: `心脏支架、搭桥等手术免费：新农合正常支付外，其余 ${yuan(fromIn.plus(fromOut))} 元由省青少年发展基金会承担`,
        en: `Free cardiac surgery: beyond the NCMS's usual payment, the provincial youth development foundation pays the rest (${yuan(fromIn.plus(fromOut))})`,
      },
    });
  }

  // Layer 3: medical assistance or commercial insurance, for the registered poor.
  let thirdPaid = before.thirdLayerPaid;
  if (poor && !cardiac && owedIn.isPositive()) {
    const third = profile.thirdLayer;
    const room = third.annualCap.minus(thirdPaid).clampAtZero();
    const full = owedIn.times(third.rate);
    const amount = Money.min(full, room);
    const owed = owedIn;
    pay(third.kind, amount);
    thirdPaid = thirdPaid.plus(amount);
    const zhName = third.kind === 'medicalAssistance' ? '医疗救助' : '商业保险';
    const enName = third.kind === 'medicalAssistance' ? 'Medical assistance' : 'Commercial insurance';
    step({
      ruleId: 'medical.medicalAssistance',
      citation: third.kind === 'medicalAssistance' ? C.assistanceBox : C.fourLayers,
      payer: third.kind,
      inputs: { inCatalogueOwed: yuan(owed), rate: third.rate.toString(), capRemaining: yuan(room) },
      amount,
      text: {
        zh: `${zhName}：${yuan(owed)} × ${pct(third.rate)} = ${yuan(full)} 元${amount.lt(full) ? `，受年度限额限为 ${yuan(amount)} 元` : ''}`,
        en: `${enName}: ${yuan(owed)} × ${pct(third.rate)} = ${yuan(full)}${amount.lt(full) ? `, capped by the annual limit at ${yuan(amount)}` : ''}`,
      },
    });
  }

  waive5('afterAssistance');

  // Layer 4: the county fund brings a designated in-county admission up to the target ratio.
  const onTotal = readings.inCountyRatioBase === 'totalCost';
  const ratioBase = onTotal ? claim.totalCost : inCat;
  const owedOnBase = (): Money => (onTotal ? owedIn.plus(owedOut) : owedIn);
  if (treatFirst && readings.inCountyTopUp === 'countyFund' && ratioBase.isPositive()) {
    const target = profile.countyFund.targetInCountyRatio;
    const mustReach = ratioBase.times(target, 'up');
    const reached = ratioBase.minus(owedOnBase());
    const gap = mustReach.minus(reached).clampAtZero();
    const fromIn = Money.min(gap, owedIn);
    const fromOut = onTotal ? Money.min(gap.minus(fromIn), owedOut) : Money.ZERO;
    pay('countyFund', fromIn, fromOut);
    step({
      ruleId: 'medical.inCountyRatio',
      citation: C.inCountyRatio,
      payer: 'countyFund',
      inputs: {
        base: readings.inCountyRatioBase,
        baseAmount: yuan(ratioBase),
        target: target.toString(),
        reimbursedBefore: yuan(reached),
      },
      amount: fromIn.plus(fromOut),
      text: {
        zh: `县级医疗基金：县域内报销比例须达 ${pct(target)}，即 ${yuan(ratioBase)} × ${pct(target)} = ${yuan(mustReach)} 元，已报销 ${yuan(reached)} 元，补足 ${yuan(fromIn.plus(fromOut))} 元`,
        en: `County medical fund: the in-county ratio must reach ${pct(target)}, i.e. ${yuan(ratioBase)} × ${pct(target)} = ${yuan(mustReach)}; ${yuan(reached)} already paid, so it pays ${yuan(fromIn.plus(fromOut))}`,
      },
    });
  }

  const outOfPocket = owedIn.plus(owedOut);
  const reimbursed = Money.sum(PAYERS.map((p) => shares[p]));
  step({
    ruleId: 'medical.fourLayers',
    citation: C.fourLayers,
    payer: 'patient',
    inputs: { totalCost: yuan(claim.totalCost), reimbursed: yuan(reimbursed) },
    amount: outOfPocket,
    text: {
      zh: `个人自付：${yuan(claim.totalCost)} − ${yuan(reimbursed)} = ${yuan(outOfPocket)} 元（目录内 ${yuan(owedIn)} 元，目录外 ${yuan(owedOut)} 元）`,
      en: `Patient pays: ${yuan(claim.totalCost)} − ${yuan(reimbursed)} = ${yuan(outOfPocket)} (${yuan(owedIn)} in, ${yuan(owedOut)} out of the catalogue)`,
    },
  });

  const ratioOf = (part: Money, whole: Money): Rate | null => (whole.isZero() ? null : part.ratioTo(whole));
  const result: ReimbursementResult = Object.freeze({
    claimId: claim.id ?? null,
    date: claim.date,
    regime: plan ? 'plan' : 'baseline',
    totalCost: claim.totalCost,
    inCatalogueCost: inCat,
    outOfCatalogueCost: outCat,
    shares: Object.freeze({ ...shares }),
    reimbursed,
    outOfPocket,
    outOfPocketInCatalogue: owedIn,
    outOfPocketOutOfCatalogue: owedOut,
    ratios: Object.freeze({
      overall: ratioOf(reimbursed, claim.totalCost),
      inCatalogue: ratioOf(inCat.minus(owedIn), inCat),
      inCounty: claim.hospital.inCounty ? ratioOf(ratioBase.minus(owedOnBase()), ratioBase) : null,
    }),
    depositRequired,
    readings: Object.freeze({ ...readings }),
    trace: Object.freeze(trace),
  });
  const after: YearToDate = Object.freeze({
    basicInsurancePaid: before.basicInsurancePaid.plus(basic),
    outpatientPaid: Object.freeze(outpatientPaid),
    criticalIllnessBase: ciBase,
    criticalIllnessPaid: ciPaid,
    thirdLayerPaid: thirdPaid,
  });
  return { result, after };
}
