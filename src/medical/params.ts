import { cite, type Citation } from '../core/citation.js';
import { Dec } from '../core/decimal.js';
import { Money } from '../core/money.js';
import { defineParam, PLAN_START, versionOn, type Param } from '../core/param.js';
import { percentagePoints, type Rate } from '../core/rate.js';

/**
 * The plan's own figures and clauses for chapter 7, section 2 (提高医疗保障水平). Everything local (base rates,
 * bands, ceilings, the assistance rate) is a validated {@link MedicalSchemeProfile}, never a constant here.
 */

/** The clauses of chapter 7 section 2 this area encodes, each quoted verbatim and short. */
export const MEDICAL_CITATIONS = /* @__PURE__ */ Object.freeze({
  poorPeopleScheme: cite({ chapter: 7, section: 2, quote: '建立完善农村贫困人口的医疗保障制度' }),
  fourLayers: cite({
    chapter: 7,
    section: 2,
    quote: '城乡居民医疗保障、大病保险、商业保险或医疗救助、县级医疗基金四道医疗保障网',
  }),
  subsidyPolicies: cite({ chapter: 7, section: 2, quote: '落实“五提高、一降低、一纳入、三减免”等补助政策' }),
  chronic32: cite({ chapter: 7, section: 2, quote: '提高 32 种常见慢性病门诊报销比例' }),
  special42: cite({ chapter: 7, section: 2, quote: '提高 42 种特殊疾病门诊报销比例' }),
  inpatient: cite({ chapter: 7, section: 2, quote: '提高住院患者报销比例' }),
  major42: cite({ chapter: 7, section: 2, quote: '提高 42 种重大疾病补偿比例' }),
  criticalIllnessRate: cite({ chapter: 7, section: 2, quote: '提高新农合大病保险报销比例' }),
  fivePoints: cite({ chapter: 7, section: 2, quote: '以上四类报销比例均提高 5 个百分点' }),
  deductible: cite({
    chapter: 7,
    section: 2,
    quote: '降低新农合大病保险报销起付线，由 1 万元降至 6000 元',
  }),
  rehabilitation: cite({ chapter: 7, section: 2, quote: '将 23 项残疾人康复项目纳入新农合报销范围' }),
  surgical28: cite({
    chapter: 7,
    section: 2,
    quote: '针对患有肺癌、食道癌等 28 种重大疾病且需手术治疗的特定贫困参合患者实现目录内医药费用全免',
  }),
  waiver5Percent: cite({
    chapter: 7,
    section: 2,
    quote: '针对 28 种重大疾病外的贫困住院患者，给予目录内医药费用 5% 的减免',
  }),
  cardiacFree: cite({ chapter: 7, section: 2, quote: '免费为适应病患者开展心脏支架、搭桥等手术' }),
  cardiacFoundation: cite({
    chapter: 7,
    section: 2,
    quote: '所需费用除新农合正常支付外，其余部分由省青少年发展基金会承担',
  }),
  treatFirstPayLater: cite({
    chapter: 7,
    section: 2,
    quote: '贫困患者在县域内定点医疗机构住院的，实行先诊疗后付费的结算机制',
  }),
  inCountyRatio: cite({ chapter: 7, section: 2, quote: '实现县域内报销比例提高到 85%—90%' }),
  assistanceBox: cite({ chapter: 7, box: 5, quote: '开展重特大疾病医疗救助行动' }),
} satisfies Record<string, Citation>);

const diseases = /* @__PURE__ */ Object.freeze({ zh: '种', en: 'diseases' });

/** 五提高: each listed rate rises by 5 percentage points (“均提高 5 个百分点”); none before the plan. */
export const UPLIFT_POINTS_PARAM: Param = defineParam({
  id: 'medical.upliftPoints',
  area: 'medical',
  title: { zh: '五提高：报销比例提高', en: 'Five raises: percentage points added to each rate' },
  unit: 'percentagePoints',
  citation: MEDICAL_CITATIONS.fivePoints,
  versions: [
    { from: null, value: '0', note: 'before the plan: no uplift' },
    { from: PLAN_START, value: '5' },
  ],
});

/** 一降低: the NCMS critical illness insurance deductible, 1 万元 before the plan, 6000 元 under it. */
export const CRITICAL_ILLNESS_DEDUCTIBLE_PARAM: Param = defineParam({
  id: 'medical.criticalIllnessDeductible',
  area: 'medical',
  title: { zh: '新农合大病保险报销起付线', en: 'NCMS critical illness insurance deductible' },
  unit: 'yuan',
  citation: MEDICAL_CITATIONS.deductible,
  versions: [
    { from: null, value: '10000', note: 'before the plan: 由 1 万元' },
    { from: PLAN_START, value: '6000' },
  ],
});

/** 三减免 (2): the share of in-catalogue costs waived for poor inpatients outside the 28 diseases (none before). */
export const INPATIENT_WAIVER_RATE_PARAM: Param = defineParam({
  id: 'medical.inpatientWaiverRate',
  area: 'medical',
  title: { zh: '目录内医药费用减免比例', en: 'Share of in-catalogue costs waived' },
  unit: 'rate',
  citation: MEDICAL_CITATIONS.waiver5Percent,
  versions: [
    { from: null, value: '0', note: 'before the plan: no waiver' },
    { from: PLAN_START, value: '0.05' },
  ],
});

/** The low end of the in-county reimbursement ratio, 85% (a range written with a dash includes its ends). */
export const IN_COUNTY_RATIO_MIN_PARAM: Param = defineParam({
  id: 'medical.inCountyRatioMin',
  area: 'medical',
  title: { zh: '县域内报销比例（下限）', en: 'In-county reimbursement ratio, low end' },
  unit: 'rate',
  bound: '不低于',
  citation: MEDICAL_CITATIONS.inCountyRatio,
  versions: [{ from: null, value: '0.85' }],
});

/** The high end of the in-county reimbursement ratio, 90%. */
export const IN_COUNTY_RATIO_MAX_PARAM: Param = defineParam({
  id: 'medical.inCountyRatioMax',
  area: 'medical',
  title: { zh: '县域内报销比例（上限）', en: 'In-county reimbursement ratio, high end' },
  unit: 'rate',
  bound: '不超过',
  citation: MEDICAL_CITATIONS.inCountyRatio,
  versions: [{ from: null, value: '0.9' }],
});

/** 一纳入: how many disability rehabilitation items join NCMS reimbursement (“23 项”). */
export const REHABILITATION_ITEMS_PARAM: Param = defineParam({
  id: 'medical.rehabilitationItemCount',
  area: 'medical',
  title: {
    zh: '纳入新农合报销范围的残疾人康复项目',
    en: 'Disability rehabilitation items brought into the NCMS',
  },
  unit: 'count',
  counter: { zh: '项', en: 'items' },
  citation: MEDICAL_CITATIONS.rehabilitation,
  versions: [{ from: null, value: '23' }],
});

/** 五提高: the common chronic diseases whose outpatient rate rises (“32 种”). */
export const CHRONIC_DISEASE_COUNT_PARAM: Param = defineParam({
  id: 'medical.chronicDiseaseCount',
  area: 'medical',
  title: { zh: '常见慢性病', en: 'Common chronic diseases (outpatient)' },
  unit: 'count',
  counter: diseases,
  citation: MEDICAL_CITATIONS.chronic32,
  versions: [{ from: null, value: '32' }],
});

/** 五提高: the special diseases whose outpatient rate rises (“42 种特殊疾病”). */
export const SPECIAL_DISEASE_COUNT_PARAM: Param = defineParam({
  id: 'medical.specialDiseaseCount',
  area: 'medical',
  title: { zh: '特殊疾病', en: 'Special diseases (outpatient)' },
  unit: 'count',
  counter: diseases,
  citation: MEDICAL_CITATIONS.special42,
  versions: [{ from: null, value: '42' }],
});

/** 五提高: the major diseases whose compensation rate rises (“42 种重大疾病”). */
export const MAJOR_DISEASE_COUNT_PARAM: Param = defineParam({
  id: 'medical.majorDiseaseCount',
  area: 'medical',
  title: { zh: '重大疾病', en: 'Major diseases' },
  unit: 'count',
  counter: diseases,
  citation: MEDICAL_CITATIONS.major42,
  versions: [{ from: null, value: '42' }],
});

/** 三减免 (1): the major diseases needing surgery whose in-catalogue costs are waived in full (“28 种”). */
export const SURGICAL_DISEASE_COUNT_PARAM: Param = defineParam({
  id: 'medical.surgicalDiseaseCount',
  area: 'medical',
  title: { zh: '需手术治疗的重大疾病', en: 'Major diseases needing surgery' },
  unit: 'count',
  counter: diseases,
  citation: MEDICAL_CITATIONS.surgical28,
  versions: [{ from: null, value: '28' }],
});

/** The plan's figures for chapter 7 section 2, as dated, cited parameters. */
export const MEDICAL_PARAM_LIST: readonly Param[] = /* @__PURE__ */ Object.freeze([
  UPLIFT_POINTS_PARAM,
  CRITICAL_ILLNESS_DEDUCTIBLE_PARAM,
  INPATIENT_WAIVER_RATE_PARAM,
  IN_COUNTY_RATIO_MIN_PARAM,
  IN_COUNTY_RATIO_MAX_PARAM,
  REHABILITATION_ITEMS_PARAM,
  CHRONIC_DISEASE_COUNT_PARAM,
  SPECIAL_DISEASE_COUNT_PARAM,
  MAJOR_DISEASE_COUNT_PARAM,
  SURGICAL_DISEASE_COUNT_PARAM,
]);

const valueOn = (param: Param, date: string): string =>
  // Stryker disable next-line StringLiteral: every param read here has a first version `from: null`, in force on any date, so versionOn always finds one and the fallback is never evaluated
  versionOn(param, date)?.value ?? '0';
const PLAN_DAY = PLAN_START;
const BEFORE_PLAN = '2015-12-31';

/** @deprecated use the param `medical.upliftPoints` ({@link UPLIFT_POINTS_PARAM}). 5 under the plan. */
export const UPLIFT_POINTS = Number(valueOn(UPLIFT_POINTS_PARAM, PLAN_DAY));

/** @deprecated use the param `medical.upliftPoints`. The uplift as a fraction: 5 pp = 0.05. */
export const UPLIFT: Rate = Object.freeze(percentagePoints(valueOn(UPLIFT_POINTS_PARAM, PLAN_DAY)));

/** @deprecated use the param `medical.criticalIllnessDeductible` (its value before the plan, 10000). */
export const BASELINE_CRITICAL_ILLNESS_DEDUCTIBLE: Money = Money.of(
  valueOn(CRITICAL_ILLNESS_DEDUCTIBLE_PARAM, BEFORE_PLAN),
);

/** @deprecated use the param `medical.criticalIllnessDeductible` (its value under the plan, 6000). */
export const PLAN_CRITICAL_ILLNESS_DEDUCTIBLE: Money = Money.of(
  valueOn(CRITICAL_ILLNESS_DEDUCTIBLE_PARAM, PLAN_DAY),
);

/** @deprecated use the param `medical.inpatientWaiverRate` (0.05 under the plan). */
export const INPATIENT_WAIVER_RATE: Rate = Object.freeze(
  new Dec(valueOn(INPATIENT_WAIVER_RATE_PARAM, PLAN_DAY)),
);

/** @deprecated use the params `medical.inCountyRatioMin` / `medical.inCountyRatioMax` (85%—90%). */
export const IN_COUNTY_RATIO_RANGE: readonly [Rate, Rate] = /* @__PURE__ */ Object.freeze([
  Object.freeze(new Dec(valueOn(IN_COUNTY_RATIO_MIN_PARAM, PLAN_DAY))),
  Object.freeze(new Dec(valueOn(IN_COUNTY_RATIO_MAX_PARAM, PLAN_DAY))),
]);

/** @deprecated use the param `medical.rehabilitationItemCount` (23). */
export const REHABILITATION_ITEM_COUNT = Number(valueOn(REHABILITATION_ITEMS_PARAM, PLAN_DAY));

/**
 * The disease groups a claim names. The plan counts the lists (32, 42, 42, 28) but does not print them: a local
 * scheme keeps the lists, and the claim says which group its disease belongs to.
 * - `chronic32`: one of the 32 common chronic diseases (常见慢性病), outpatient.
 * - `special42`: one of the 42 special diseases (特殊疾病), outpatient.
 * - `major42`: one of the 42 major diseases (重大疾病), compensated at the major-disease rate.
 * - `surgical28`: one of the 28 major diseases needing surgery (lung cancer, oesophageal cancer, ...), treated
 *   surgically in hospital.
 * - `cardiacIntervention`: a heart stent, bypass or similar operation (心脏支架、搭桥等手术), in hospital.
 * - `other`: anything else.
 */
export const DISEASE_GROUPS = /* @__PURE__ */ Object.freeze([
  'chronic32',
  'special42',
  'major42',
  'surgical28',
  'cardiacIntervention',
  'other',
] as const);
/** A disease group of a claim; see {@link DISEASE_GROUPS}. */
export type DiseaseGroup = (typeof DISEASE_GROUPS)[number];

/** Hospital levels a scheme may tier its inpatient deductible and rate by (乡镇, 县, 市, 省). */
export const HOSPITAL_LEVELS = /* @__PURE__ */ Object.freeze([
  'township',
  'county',
  'municipal',
  'provincial',
] as const);
/** A hospital level; see {@link HOSPITAL_LEVELS}. */
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];

/** Care types: a hospital admission or an outpatient bill. */
export const CARE_TYPES = /* @__PURE__ */ Object.freeze(['inpatient', 'outpatient'] as const);
/** A care type; see {@link CARE_TYPES}. */
export type CareType = (typeof CARE_TYPES)[number];

/** The payers of a bill, in the default order they pay (see docs/medical.md). */
export const PAYERS = /* @__PURE__ */ Object.freeze([
  'waiver',
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'countyFund',
  'foundation',
] as const);
/** One payer of a bill other than the patient. */
export type Payer = (typeof PAYERS)[number];
